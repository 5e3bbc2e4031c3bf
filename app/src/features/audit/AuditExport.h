// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/audit/AuditApi.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QSaveFile;
class QWidget;

namespace aih::console {

/// Streams an export into a file with a progress dialog that can cancel it. The file appears
/// only once the export is complete; a failed or cancelled export leaves nothing behind.
class AuditExport : public QObject
{
    Q_OBJECT

public:
    AuditExport(const AuditApi& api, QWidget* parent);
    ~AuditExport() override;

    void start(const AuditFilter& filter, AuditApi::ExportFormat format, const QString& fileName);

signals:
    /// `ok` false with the reason, or true with where the file is.
    void finished(bool ok, const QString& message);

private:
    void finish(bool ok, const QString& message);

    const AuditApi& api_;
    QWidget* parent_;
    QSaveFile* file_ = nullptr;
    QPointer<ApiJob> job_;
    QProgressDialog* progress_ = nullptr;
};

} // namespace aih::console
