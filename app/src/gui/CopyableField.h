// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace aih::console {

/// A value to take elsewhere (a redirect URI to register, a DNS record to publish): read-only
/// text with a Copy button. Its parts are named `<name>Edit` and `<name>CopyButton`.
class CopyableField : public QWidget
{
    Q_OBJECT

public:
    explicit CopyableField(const QString& name, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    void setPlaceholderText(const QString& text);

private:
    QLineEdit* edit_;
    QPushButton* copy_;
};

} // namespace aih::console
