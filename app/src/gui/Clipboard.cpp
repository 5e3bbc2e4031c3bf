// SPDX-License-Identifier: Apache-2.0
#include "gui/Clipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QTimer>

namespace aih::console {

void copySecret(const QString& secret)
{
    QApplication::clipboard()->setText(secret);
    QTimer::singleShot(secretClipboardSeconds * 1000, qApp, [secret] {
        if (QApplication::clipboard()->text() == secret) {
            QApplication::clipboard()->clear();
        }
    });
}

} // namespace aih::console
