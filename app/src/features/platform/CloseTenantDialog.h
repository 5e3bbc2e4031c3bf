// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/TenantSummary.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace aih::console {

/// Closing a tenant, which cannot be undone once its grace period ends: says what happens, asks
/// for the grace period, and is confirmed only by typing the tenant's slug.
class CloseTenantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloseTenantDialog(const TenantSummary& tenant, QWidget* parent = nullptr);

    int graceDays() const;
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted(int graceDays);

private:
    void updateButtons();

    QString slug_;
    QSpinBox* grace_;
    QLineEdit* confirmation_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace aih::console
