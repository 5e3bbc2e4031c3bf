// SPDX-License-Identifier: Apache-2.0
#include "gui/ToolButtons.h"

#include "gui/Icons.h"

#include <QToolButton>

namespace aih::console {

void setUpToolButton(QToolButton* button, const char* name, const QString& text, const char* iconName)
{
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(icon(iconName));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

} // namespace aih::console
