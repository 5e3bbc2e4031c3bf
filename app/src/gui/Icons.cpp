// SPDX-License-Identifier: Apache-2.0
#include "gui/Icons.h"

namespace aih::console {

QIcon icon(const QString& name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace aih::console
