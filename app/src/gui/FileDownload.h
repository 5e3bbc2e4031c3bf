// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QProgressDialog;
class QSaveFile;
class QWidget;

namespace aih::console {

/// Streams a download (an audit export, a tenant's archive) into a file, with a progress dialog
/// that can cancel it. The file appears only once the download is complete; a failed or cancelled
/// one leaves nothing behind.
class FileDownload : public QObject
{
    Q_OBJECT

public:
    /// Starts the call whose body goes to `sink`.
    using Start = std::function<Pending<Done>(QIODevice* sink)>;

    /// `activity` names what is downloading, as "Exporting the audit log".
    FileDownload(const QString& activity, QWidget* parent);
    ~FileDownload() override;

    void start(const Start& call, const QString& fileName);

signals:
    /// `ok` false with the reason, or true with where the file is.
    void finished(bool ok, const QString& message);

private:
    void finish(bool ok, const QString& message);

    QString activity_;
    QWidget* parent_;
    QSaveFile* file_ = nullptr;
    QPointer<ApiJob> job_;
    QProgressDialog* progress_ = nullptr;
};

} // namespace aih::console
