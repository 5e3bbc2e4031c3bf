// SPDX-License-Identifier: Apache-2.0
#include "accounts/AccountMail.h"

#include "branding/HtmlTemplate.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <array>

namespace aih::accounts {
namespace {

struct ResetWords
{
    std::string_view language;
    std::string_view subject; ///< {brand}
    std::string_view greeting;
    std::string_view body; ///< {minutes}
    std::string_view button;
    std::string_view ignore;
};

// The wording lives here rather than in Qt's catalogues: the server has no Qt, and four
// languages of three short messages do not need a framework.
constexpr std::array<ResetWords, 4> resetWords{{
    {"en", "Reset your {brand} password", "Hello,",
     "Someone asked to reset the password of your account. The link below sets a new one; it works "
     "once, for {minutes} minutes.",
     "Choose a new password", "If this was not you, ignore this message: your password stays as it is."},
    {"de", "Passwort für {brand} zurücksetzen", "Hallo,",
     "Jemand hat angefordert, das Passwort Ihres Kontos zurückzusetzen. Über den Link unten legen Sie ein "
     "neues fest; er gilt einmal und {minutes} Minuten lang.",
     "Neues Passwort wählen",
     "Waren Sie das nicht, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert."},
    {"fr", "Réinitialiser votre mot de passe {brand}", "Bonjour,",
     "Quelqu'un a demandé la réinitialisation du mot de passe de votre compte. Le lien ci-dessous permet "
     "d'en choisir un nouveau ; il ne sert qu'une fois et pendant {minutes} minutes.",
     "Choisir un nouveau mot de passe",
     "Si ce n'était pas vous, ignorez ce message : votre mot de passe reste inchangé."},
    {"es", "Restablece tu contraseña de {brand}", "Hola:",
     "Alguien ha pedido restablecer la contraseña de tu cuenta. El enlace de abajo permite elegir una "
     "nueva; sirve una sola vez y durante {minutes} minutos.",
     "Elegir una contraseña nueva", "Si no has sido tú, ignora este mensaje: tu contraseña no cambia."},
}};

const ResetWords& wordsFor(const std::string& language)
{
    for (const auto& words : resetWords) {
        if (words.language == language) {
            return words;
        }
    }
    return resetWords[0];
}

std::string fill(std::string_view text, const std::string& brand, int minutes)
{
    std::string out(text);
    Poco::replaceInPlace(out, std::string("{brand}"), brand);
    Poco::replaceInPlace(out, std::string("{minutes}"), std::to_string(minutes));
    return out;
}

} // namespace

std::string singleLine(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const bool control = static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
        out += control ? ' ' : c;
    }
    return out;
}

namespace {

constexpr std::string_view htmlLayout = R"html(<!DOCTYPE html>
<html lang="{{lang}}"><head><meta charset="utf-8"><title>{{subject}}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid {{colour}};padding:24px">
<tr><td>{{logo}}<h1 style="font-size:20px;color:{{colour}}">{{brand}}</h1>
<p>{{greeting}}</p><p>{{body}}</p>
<p><a href="{{link}}" style="display:inline-block;background:{{colour}};color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px">{{button}}</a></p>
<p style="font-size:12px;color:#475569">{{link}}</p>
<p style="font-size:12px;color:#475569">{{ignore}}</p>
</td></tr></table></td></tr></table></body></html>
)html";

} // namespace

std::string mailLanguage(std::string_view acceptLanguage)
{
    std::string best = "en";
    double bestQ = 0.0;
    Poco::StringTokenizer ranges(std::string(acceptLanguage), ",",
                                 Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const auto& range : ranges) {
        Poco::StringTokenizer parts(range, ";", Poco::StringTokenizer::TOK_TRIM);
        const auto tag = Poco::toLower(parts[0].substr(0, 2));
        double q = 1.0;
        for (std::size_t i = 1; i < parts.count(); ++i) {
            if (parts[i].rfind("q=", 0) == 0 && !Poco::NumberParser::tryParseFloat(parts[i].substr(2), q)) {
                q = 0.0;
            }
        }
        const bool known = tag == "en" || tag == "de" || tag == "fr" || tag == "es";
        if (known && q > bestQ) {
            best = tag;
            bestQ = q;
        }
    }
    return best;
}

MailContent passwordResetMail(const std::string& language, const MailBrand& brand, const std::string& link,
                              int validMinutes)
{
    const auto& words = wordsFor(language);
    MailContent mail;
    mail.subject = singleLine(fill(words.subject, brand.name, validMinutes));
    const auto body = fill(words.body, brand.name, validMinutes);
    mail.text = std::string(words.greeting) + "\n\n" + body + "\n\n" + link + "\n\n" +
                std::string(words.ignore) + "\n\n-- \n" + brand.name + "\n";
    branding::HtmlTemplate page{htmlLayout};
    page.text("lang", std::string(words.language))
        .text("subject", mail.subject)
        .text("colour", brand.primaryColor)
        .text("brand", brand.name)
        .text("greeting", std::string(words.greeting))
        .text("body", body)
        .text("link", link)
        .text("button", std::string(words.button))
        .text("ignore", std::string(words.ignore))
        .fragment("logo", brand.logoUrl.empty() ? std::string()
                                                : R"(<img src=")" + branding::escapeHtml(brand.logoUrl) +
                                                      R"(" alt="" height="40">)");
    mail.html = page.render();
    return mail;
}

} // namespace aih::accounts
