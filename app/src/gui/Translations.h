// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace aih::console {

/// The console's languages: the one chosen in the settings, else the system's.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    struct Language
    {
        /// The settings value: empty for "as the system", else a language code ("de").
        QString code;
        QString name;
    };

    /// Every choice the settings page offers, "as the system" first.
    static QList<Language> available();
    /// Loads the catalogues for `code` (empty: the system's language) into the application;
    /// returns the language used. Replaces what an earlier call installed.
    static QLocale install(const QString& code);
};

} // namespace aih::console
