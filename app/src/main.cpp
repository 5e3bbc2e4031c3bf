// SPDX-License-Identifier: Apache-2.0
// aih-console: wires the core to the desktop (paths, browser, language) and shows the window.
#include "core/ConsoleCore.h"
#include "gui/MainWindow.h"
#include "gui/Translations.h"
#include "gui/UrlOpener.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AI Heart"));
    QApplication::setOrganizationDomain(QStringLiteral("aih.example"));
    QApplication::setApplicationName(QStringLiteral("aih-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("AI Heart Console"));
    QApplication::setApplicationVersion(QStringLiteral(AIH_CONSOLE_VERSION));

    using namespace aih::console;
    const auto config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const auto cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    ConsoleCore core({config + "/aih-console.ini", cache + "/offline-cache.sqlite"});
    Translations::install(core.settings().value(Settings::Key::Language).toString());

    DesktopUrlOpener browser;
    ConsoleContext context{core, browser};
    MainWindow window(context);
    window.show();
    window.start();
    return QApplication::exec();
}
