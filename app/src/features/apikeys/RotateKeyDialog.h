// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;

namespace aih::console {

/// Asks how long the old secret of a rotated key keeps working.
class RotateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RotateKeyDialog(const QString& keyName, QWidget* parent = nullptr);

    int graceSeconds() const;

private:
    QComboBox* grace_;
};

} // namespace aih::console
