// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace aih::console {

/// Shows an endpoint's new signing secret the one time it is known, with a Copy button and how
/// to verify deliveries with it.
class SigningSecretDialog : public QDialog
{
    Q_OBJECT

public:
    SigningSecretDialog(const QString& url, const QString& secret, QWidget* parent = nullptr);
};

} // namespace aih::console
