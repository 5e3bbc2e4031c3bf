// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/apikeys/ApiKey.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace aih::console {

/// Asks for a new key's name, scopes, hourly limit (up to the plan's), burst limit per second,
/// expiry, mode and the networks it may be used from.
class CreateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    /// `mayHoldAdminScope`: only admins and managers can hold keys with the admin scope.
    CreateKeyDialog(int planRateLimit, bool mayHoldAdminScope, QWidget* parent = nullptr);

    NewApiKey newKey() const;
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted(const aih::console::NewApiKey& key);

private:
    void validate();

    QLineEdit* name_;
    QCheckBox* read_;
    QCheckBox* write_;
    QCheckBox* admin_;
    QSpinBox* rateLimit_;
    QSpinBox* burstLimit_;
    QCheckBox* expires_;
    QDateTimeEdit* expiresAt_;
    QComboBox* mode_;
    QLineEdit* networks_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace aih::console
