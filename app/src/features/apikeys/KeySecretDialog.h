// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace aih::console {

/// Shows a new key's secret the one time it is known, with a copy button and a warning that
/// it cannot be shown again.
class KeySecretDialog : public QDialog
{
    Q_OBJECT

public:
    KeySecretDialog(const QString& keyName, const QString& secret, QWidget* parent = nullptr);

private:
    void copy();

    QString secret_;
    QLineEdit* secretEdit_;
    QPushButton* copy_;
};

} // namespace aih::console
