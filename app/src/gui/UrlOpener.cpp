// SPDX-License-Identifier: Apache-2.0
#include "gui/UrlOpener.h"

#include <QDesktopServices>

namespace aih::console {

bool DesktopUrlOpener::open(const QUrl& url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace aih::console
