// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMessageBox>
#include <functional>
#include <optional>

namespace aih::console {

/// Message boxes that never block the event loop, and that a GUI test can answer in advance
/// (after KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    using Done = std::function<void(QMessageBox::StandardButton)>;

    /// The next question() is answered with `answer` without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);

    /// Asks; `done` gets the button chosen (Cancel or No when the box is closed otherwise).
    static void question(QWidget* parent, const QString& title, const QString& text,
                         QMessageBox::StandardButton confirm, Done done);
    static void critical(QWidget* parent, const QString& title, const QString& text);

private:
    static std::optional<QMessageBox::StandardButton> nextAnswer;
};

} // namespace aih::console
