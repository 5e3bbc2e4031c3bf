// SPDX-License-Identifier: Apache-2.0
#include "gui/Translations.h"

#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace aih::console {
namespace {

std::unique_ptr<QTranslator> consoleCatalogue;
std::unique_ptr<QTranslator> qtCatalogue;

std::unique_ptr<QTranslator> load(const QLocale& locale, const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, "_", folder)) {
        return nullptr;
    }
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    // Language names are written in their own language, as people look for them that way.
    return {{QString(), tr("As the system")},
            {"en", QStringLiteral("English")},
            {"de", QStringLiteral("Deutsch")},
            {"fr", QStringLiteral("Français")},
            {"es", QStringLiteral("Español")}};
}

QLocale Translations::install(const QString& code)
{
    for (auto* old : {consoleCatalogue.get(), qtCatalogue.get()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    consoleCatalogue = load(locale, "aih_console", ":/i18n");
    qtCatalogue = load(locale, "qtbase", QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

} // namespace aih::console
