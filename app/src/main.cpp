// SPDX-License-Identifier: Apache-2.0
// aih-console: wires the core to the desktop (paths, browser, language) and shows the window.
#include "core/ConsoleCore.h"
#include "gui/MainWindow.h"
#include "gui/Translations.h"
#include "gui/UrlOpener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <cstdio>
#include <memory>

namespace {

using aih::console::ServerProfile;

/// The password for a sign-in named on the command line comes from this variable, never from
/// the command line itself, which every user of the machine can read.
constexpr const char* passwordVariable = "AIH_CONSOLE_PASSWORD";

struct Options
{
    QCommandLineOption server{
        "server", "Sign in to the aih server at <url> (https://, or http:// on this computer).", "url"};
    QCommandLineOption tenant{"tenant", "The tenant to sign in to: its slug or id.", "tenant"};
    QCommandLineOption email{"email", "The account to sign in as.", "email"};
};

void describe(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        QStringLiteral("The operator console for aih servers.\n\n"
                       "With --server, --tenant and --email it signs in at once, with the password in "
                       "the environment variable %1; without that variable, or if the sign-in fails, "
                       "it opens the sign-in form filled in. Without them it resumes the last saved "
                       "sign-in.")
            .arg(QLatin1String(passwordVariable)));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.server, options.tenant, options.email});
}

/// Whether the command line only asks for --help or --version, which need no display. Looked
/// at before any application exists, so Qt's own options (e.g. -platform) are not known yet
/// and unknown options are no error here.
bool onlyPrints(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.parse(arguments);
    return parser.isSet("help") || parser.isSet("help-all") || parser.isSet("version");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AI Heart"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("aih.example"));
    QCoreApplication::setApplicationName(QStringLiteral("aih-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIH_CONSOLE_VERSION));
}

int fail(const QString& message)
{
    std::fprintf(stderr, "aih-console: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    const bool textOnly = onlyPrints(argc, argv);
    // Qt WebEngine (the branding page's portal preview) shares OpenGL contexts with the widgets;
    // it must be asked for before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    const std::unique_ptr<QCoreApplication> app(textOnly ? new QCoreApplication(argc, argv)
                                                         : new QApplication(argc, argv));
    setIdentity();
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(*app); // prints and exits for --help, --version and mistakes
    if (textOnly) {
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QStringLiteral("unexpected argument '%1' (see --help)")
                        .arg(parser.positionalArguments().first()));
    }

    ServerProfile requested{
        {}, {}, parser.value(options.tenant).trimmed(), parser.value(options.email).trimmed()};
    if (parser.isSet(options.server)) {
        requested.server = ServerProfile::serverUrlFromText(parser.value(options.server));
        if (const auto problem = ServerProfile::serverUrlProblem(requested.server)) {
            return fail(QStringLiteral("--server: %1").arg(*problem));
        }
    }
    const bool signInRequested =
        parser.isSet(options.server) || parser.isSet(options.tenant) || parser.isSet(options.email);
    const auto password = qEnvironmentVariable(passwordVariable);
    // Not handed on to anything the console starts (the browser).
    qunsetenv(passwordVariable);
    if (!password.isEmpty() && !requested.isComplete()) {
        std::fprintf(stderr, "aih-console: %s is used only with --server, --tenant and --email\n",
                     passwordVariable);
    }

    QGuiApplication::setApplicationDisplayName(QStringLiteral("AI Heart Console"));
    using namespace aih::console;
    const auto config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const auto cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    ConsoleCore core({config + "/aih-console.ini", cache + "/offline-cache.sqlite"});
    Translations::install(core.settings().value(Settings::Key::Language).toString());

    DesktopUrlOpener browser;
    ConsoleContext context{core, browser};
    MainWindow window(context);
    window.show();
    if (signInRequested) {
        window.signInAs(requested, requested.isComplete() ? password : QString());
    } else {
        window.start();
    }
    return QApplication::exec();
}
