// SPDX-License-Identifier: Apache-2.0
#include "gui/MessageBox.h"

#include <QPointer>
#include <QTimer>

namespace aih::console {

std::optional<QMessageBox::StandardButton> MessageBox::nextAnswer;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                          QMessageBox::StandardButton confirm, Done done)
{
    if (const auto answer = std::exchange(nextAnswer, std::nullopt)) {
        QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, parent, [guard, done, answer] {
            if (guard) {
                done(*answer);
            }
        });
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, confirm | QMessageBox::Cancel, parent);
    box->setObjectName("questionBox");
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, done] {
        const auto clicked = box->standardButton(box->clickedButton());
        done(clicked == QMessageBox::NoButton ? QMessageBox::Cancel : clicked);
    });
    box->open();
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box->setObjectName("errorBox");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace aih::console
