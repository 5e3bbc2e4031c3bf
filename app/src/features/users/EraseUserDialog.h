// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace aih::console {

/// Confirms a GDPR erasure: it cannot be undone, so the admin types the person's address before
/// the Erase button wakes. The dialog stays open while the server works and shows its refusal.
class EraseUserDialog : public QDialog
{
    Q_OBJECT

public:
    EraseUserDialog(const QString& email, QWidget* parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString& message);
    /// Refused while the server works: the erasure would finish unseen.
    void reject() override;

signals:
    void confirmed();

private:
    void updateButton();

    QString email_;
    QLineEdit* confirmation_;
    QLabel* error_;
    QPushButton* erase_;
    QPushButton* cancel_ = nullptr;
    bool busy_ = false;
};

} // namespace aih::console
