// SPDX-License-Identifier: Apache-2.0
#include "accounts/AccountMail.h"

#include "branding/HtmlTemplate.h"
#include "util/MarkupEscape.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

namespace aih::accounts {
namespace {

/// One message that carries a link: each text may hold `{brand}` and the message's own fields.
struct LinkWords
{
    std::string_view language;
    std::string_view subject;
    std::string_view greeting;
    std::string_view body;
    std::string_view button;
    std::string_view ignore;
};

using Catalogue = std::array<LinkWords, 4>;

// The wording lives here rather than in Qt's catalogues: the server has no Qt, and four
// languages of a few short messages do not need a framework.
constexpr Catalogue resetWords{{
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

constexpr Catalogue invitationWords{{
    {"en", "You are invited to {brand}", "Hello,",
     "You have been invited to join {brand} with the role \"{role}\". Follow the link below to set your "
     "password and sign in; it works once, for {days} days.",
     "Accept the invitation",
     "If you did not expect this, ignore this message: nothing happens without you."},
    {"de", "Einladung zu {brand}", "Hallo,",
     "Sie wurden eingeladen, {brand} mit der Rolle \"{role}\" beizutreten. Über den Link unten legen Sie Ihr "
     "Passwort fest und melden sich an; er gilt einmal und {days} Tage lang.",
     "Einladung annehmen",
     "Haben Sie das nicht erwartet, ignorieren Sie diese Nachricht: ohne Sie geschieht nichts."},
    {"fr", "Invitation à rejoindre {brand}", "Bonjour,",
     "Vous êtes invité à rejoindre {brand} avec le rôle « {role} ». Le lien ci-dessous vous permet de "
     "choisir votre mot de passe et de vous connecter ; il ne sert qu'une fois et pendant {days} jours.",
     "Accepter l'invitation",
     "Si vous ne vous y attendiez pas, ignorez ce message : rien ne se passe sans vous."},
    {"es", "Te han invitado a {brand}", "Hola:",
     "Te han invitado a unirte a {brand} con el rol «{role}». El enlace de abajo te permite elegir tu "
     "contraseña e iniciar sesión; sirve una sola vez y durante {days} días.",
     "Aceptar la invitación", "Si no lo esperabas, ignora este mensaje: no pasará nada sin ti."},
}};

constexpr Catalogue verificationWords{{
    {"en", "Confirm your email for {brand}", "Hello,",
     "Thank you for signing up for {brand}. Follow the link below to confirm this address; until then "
     "the account cannot be used. The link works once, for {hours} hours.",
     "Confirm my email", "If you did not sign up, ignore this message: the account stays unusable."},
    {"de", "E-Mail-Adresse für {brand} bestätigen", "Hallo,",
     "Danke für Ihre Anmeldung bei {brand}. Bestätigen Sie diese Adresse über den Link unten; bis dahin "
     "lässt sich das Konto nicht nutzen. Der Link gilt einmal und {hours} Stunden lang.",
     "E-Mail-Adresse bestätigen",
     "Haben Sie sich nicht angemeldet, ignorieren Sie diese Nachricht: das Konto bleibt unbenutzbar."},
    {"fr", "Confirmez votre adresse pour {brand}", "Bonjour,",
     "Merci de votre inscription à {brand}. Suivez le lien ci-dessous pour confirmer cette adresse ; "
     "d'ici là, le compte est inutilisable. Le lien ne sert qu'une fois et pendant {hours} heures.",
     "Confirmer mon adresse",
     "Si vous ne vous êtes pas inscrit, ignorez ce message : le compte reste inutilisable."},
    {"es", "Confirma tu correo para {brand}", "Hola:",
     "Gracias por registrarte en {brand}. Sigue el enlace de abajo para confirmar esta dirección; hasta "
     "entonces la cuenta no se puede usar. El enlace sirve una sola vez y durante {hours} horas.",
     "Confirmar mi correo", "Si no te has registrado, ignora este mensaje: la cuenta seguirá sin uso."},
}};

// No link: the notice tells what happened and what follows; the footer says why it came.
constexpr Catalogue quotaWords{{
    {"en", "{brand}: {threshold} % of this month's API calls used", "Hello,",
     "The API keys of {brand} have made {used} of the {quota} calls the plan includes in the current "
     "billing period, which ends {end} (UTC). At 100 % further API calls are refused until then; "
     "a larger plan or a word with us raises the quota.",
     "", "You receive this as an admin of {brand}."},
    {"de", "{brand}: {threshold} % der API-Aufrufe dieses Monats verbraucht", "Hallo,",
     "Die API-Schlüssel von {brand} haben {used} der {quota} Aufrufe gemacht, die der Tarif im laufenden "
     "Abrechnungszeitraum enthält; er endet am {end} (UTC). Bei 100 % werden weitere API-Aufrufe bis dahin "
     "abgewiesen; ein größerer Tarif oder eine Nachricht an uns erhöht das Kontingent.",
     "", "Sie erhalten diese Nachricht als Administrator von {brand}."},
    {"fr", "{brand} : {threshold} % des appels d'API du mois utilisés", "Bonjour,",
     "Les clés d'API de {brand} ont fait {used} des {quota} appels que l'offre comprend pour la période "
     "de facturation en cours, qui se termine le {end} (UTC). À 100 %, les appels d'API suivants sont "
     "refusés jusque-là ; une offre supérieure ou un mot de votre part relève le quota.",
     "", "Vous recevez ce message en tant qu'administrateur de {brand}."},
    {"es", "{brand}: {threshold} % de las llamadas a la API del mes usadas", "Hola:",
     "Las claves de API de {brand} han hecho {used} de las {quota} llamadas que incluye el plan en el "
     "periodo de facturación actual, que termina el {end} (UTC). Al 100 % se rechazan las siguientes "
     "llamadas a la API hasta entonces; un plan mayor o escribirnos amplía la cuota.",
     "", "Recibes este mensaje como administrador de {brand}."},
}};

constexpr Catalogue keyExpiringWords{{
    {"en", "{brand}: the API key \"{key}\" expires on {date}", "Hello,",
     "The API key \"{key}\" ({prefix}) of {brand} expires on {date} (UTC). From then on every call made with "
     "it is refused. Create a new key or rotate this one, and move what uses it to the new secret before "
     "then.",
     "", "You receive this as the key's owner at {brand}."},
    {"de", "{brand}: der API-Schlüssel \"{key}\" läuft am {date} ab", "Hallo,",
     "Der API-Schlüssel \"{key}\" ({prefix}) von {brand} läuft am {date} (UTC) ab. Danach wird jeder Aufruf "
     "mit ihm abgewiesen. Legen Sie vorher einen neuen Schlüssel an oder rotieren Sie diesen, und stellen "
     "Sie "
     "um, was ihn verwendet.",
     "", "Sie erhalten diese Nachricht als Inhaber des Schlüssels bei {brand}."},
    {"fr", "{brand} : la clé d'API « {key} » expire le {date}", "Bonjour,",
     "La clé d'API « {key} » ({prefix}) de {brand} expire le {date} (UTC). Ensuite, tout appel fait avec "
     "elle "
     "est refusé. Créez une nouvelle clé ou renouvelez celle-ci, et basculez ce qui l'utilise avant cette "
     "date.",
     "", "Vous recevez ce message en tant que propriétaire de la clé chez {brand}."},
    {"es", "{brand}: la clave de API \"{key}\" caduca el {date}", "Hola:",
     "La clave de API \"{key}\" ({prefix}) de {brand} caduca el {date} (UTC). A partir de entonces se "
     "rechaza "
     "toda llamada hecha con ella. Crea una clave nueva o rota esta, y cambia lo que la usa antes de esa "
     "fecha.",
     "", "Recibes este mensaje como propietario de la clave en {brand}."},
}};

constexpr Catalogue paymentFailedWords{{
    {"en", "{brand}: a payment failed", "Hello,",
     "Stripe could not collect {amount} for the invoice {invoice} of {brand} (attempt {attempt}). Please "
     "check "
     "the payment method on the billing page; Stripe tries again on its own schedule, and a subscription "
     "that "
     "stays unpaid ends.",
     "", "You receive this as an admin of {brand}."},
    {"de", "{brand}: eine Zahlung ist fehlgeschlagen", "Hallo,",
     "Stripe konnte {amount} für die Rechnung {invoice} von {brand} nicht einziehen (Versuch {attempt}). "
     "Bitte "
     "prüfen Sie die Zahlungsart auf der Abrechnungsseite; Stripe versucht es nach eigenem Plan erneut, und "
     "ein "
     "Abonnement, das unbezahlt bleibt, endet.",
     "", "Sie erhalten diese Nachricht als Administrator von {brand}."},
    {"fr", "{brand} : un paiement a échoué", "Bonjour,",
     "Stripe n'a pas pu encaisser {amount} pour la facture {invoice} de {brand} (tentative {attempt}). "
     "Vérifiez le moyen de paiement sur la page de facturation ; Stripe réessaie selon son propre "
     "calendrier, "
     "et un abonnement qui reste impayé prend fin.",
     "", "Vous recevez ce message en tant qu'administrateur de {brand}."},
    {"es", "{brand}: un pago ha fallado", "Hola:",
     "Stripe no pudo cobrar {amount} por la factura {invoice} de {brand} (intento {attempt}). Revisa el "
     "método "
     "de pago en la página de facturación; Stripe lo vuelve a intentar según su propio calendario, y una "
     "suscripción que sigue sin pagarse termina.",
     "", "Recibes este mensaje como administrador de {brand}."},
}};

constexpr Catalogue chainBrokenWords{{
    {"en", "{brand}: the audit trail failed its verification", "Hello,",
     "A verification of the audit trail of {brand} found entry {seq} not as it was recorded ({reason}). The "
     "entries before it verify. Export the trail now and keep the export, and tell us, so that we can find "
     "out "
     "what changed it.",
     "", "You receive this as an admin of {brand}."},
    {"de", "{brand}: das Prüfprotokoll hat die Verifikation nicht bestanden", "Hallo,",
     "Eine Verifikation des Prüfprotokolls von {brand} hat Eintrag {seq} nicht so vorgefunden, wie er "
     "aufgezeichnet wurde ({reason}). Die Einträge davor sind intakt. Exportieren Sie das Protokoll jetzt, "
     "bewahren Sie den Export auf und benachrichtigen Sie uns, damit wir klären können, was ihn verändert "
     "hat.",
     "", "Sie erhalten diese Nachricht als Administrator von {brand}."},
    {"fr", "{brand} : le journal d'audit a échoué à la vérification", "Bonjour,",
     "Une vérification du journal d'audit de {brand} a trouvé l'entrée {seq} différente de ce qui a été "
     "enregistré ({reason}). Les entrées précédentes sont intactes. Exportez le journal maintenant, "
     "conservez "
     "l'export et prévenez-nous, afin que nous trouvions ce qui l'a modifiée.",
     "", "Vous recevez ce message en tant qu'administrateur de {brand}."},
    {"es", "{brand}: el registro de auditoría no ha superado la verificación", "Hola:",
     "Una verificación del registro de auditoría de {brand} encontró la entrada {seq} distinta de como se "
     "registró ({reason}). Las entradas anteriores están intactas. Exporta el registro ahora, guarda la "
     "exportación y avísanos, para que averigüemos qué la cambió.",
     "", "Recibes este mensaje como administrador de {brand}."},
}};

const LinkWords& wordsFor(const Catalogue& catalogue, const std::string& language)
{
    for (const auto& words : catalogue) {
        if (words.language == language) {
            return words;
        }
    }
    return catalogue[0];
}

using Fills = std::initializer_list<std::pair<std::string_view, std::string>>;

/// The words with each `{name}` replaced, in one pass: what a value brings in (a key's name, a
/// brand, chosen by the tenant's people) is never read for placeholders itself.
std::string fill(std::string_view text, const std::string& brand, Fills fills)
{
    std::string out;
    out.reserve(text.size() + 64);
    std::size_t at = 0;
    while (at < text.size()) {
        const auto open = text.find('{', at);
        const auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) {
            break;
        }
        out.append(text.substr(at, open - at));
        const auto name = text.substr(open + 1, close - open - 1);
        const std::string* value = name == "brand" ? &brand : nullptr;
        for (const auto& fill : fills) {
            if (!value && fill.first == name) {
                value = &fill.second;
            }
        }
        out.append(value ? std::string_view(*value) : text.substr(open, close - open + 1));
        at = close + 1;
    }
    out.append(text.substr(std::min(at, text.size())));
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
{{action}}<p style="font-size:12px;color:#475569">{{ignore}}</p>
</td></tr></table></td></tr></table></body></html>
)html";

} // namespace

namespace {

/// A message with a link button, or with an empty `link` a notice without one.
MailContent linkMail(const LinkWords& words, const MailBrand& brand, const std::string& link, Fills fills)
{
    MailContent mail;
    mail.subject = singleLine(fill(words.subject, brand.name, fills));
    const auto body = fill(words.body, brand.name, fills);
    const auto footer = fill(words.ignore, brand.name, fills);
    mail.text = std::string(words.greeting) + "\n\n" + body + "\n\n" + (link.empty() ? "" : link + "\n\n") +
                footer + "\n\n-- \n" + brand.name + "\n";
    const auto escapedLink = util::escapeMarkup(link);
    const auto action =
        link.empty() ? std::string()
                     : R"(<p><a href=")" + escapedLink + R"(" style="display:inline-block;background:)" +
                           util::escapeMarkup(brand.primaryColor) +
                           R"(;color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px">)" +
                           util::escapeMarkup(std::string(words.button)) +
                           "</a></p>\n<p style=\"font-size:12px;color:#475569\">" + escapedLink + "</p>\n";
    branding::HtmlTemplate page{htmlLayout};
    page.text("lang", std::string(words.language))
        .text("subject", mail.subject)
        .text("colour", brand.primaryColor)
        .text("brand", brand.name)
        .text("greeting", std::string(words.greeting))
        .text("body", body)
        .fragment("action", action)
        .text("ignore", footer)
        .fragment("logo", brand.logoUrl.empty() ? std::string()
                                                : R"(<img src=")" + util::escapeMarkup(brand.logoUrl) +
                                                      R"(" alt="" height="40">)");
    mail.html = page.render();
    return mail;
}

} // namespace

MailContent passwordResetMail(const std::string& language, const MailBrand& brand, const std::string& link,
                              int validMinutes)
{
    return linkMail(wordsFor(resetWords, language), brand, link, {{"minutes", std::to_string(validMinutes)}});
}

MailContent invitationMail(const std::string& language, const MailBrand& brand, const std::string& link,
                           std::string_view roleName, int validDays)
{
    return linkMail(wordsFor(invitationWords, language), brand, link,
                    {{"role", std::string(roleName)}, {"days", std::to_string(validDays)}});
}

MailContent quotaThresholdMail(const std::string& language, const MailBrand& brand, int threshold,
                               const std::string& used, const std::string& quota,
                               const std::string& periodEnd)
{
    return linkMail(
        wordsFor(quotaWords, language), brand, std::string(),
        {{"threshold", std::to_string(threshold)}, {"used", used}, {"quota", quota}, {"end", periodEnd}});
}

MailContent keyExpiringMail(const std::string& language, const MailBrand& brand, const std::string& keyName,
                            const std::string& keyPrefix, const std::string& expiresOn)
{
    return linkMail(wordsFor(keyExpiringWords, language), brand, std::string(),
                    {{"key", singleLine(keyName)}, {"prefix", keyPrefix}, {"date", expiresOn}});
}

MailContent paymentFailedMail(const std::string& language, const MailBrand& brand, const std::string& amount,
                              const std::string& invoiceId, int attempt)
{
    return linkMail(wordsFor(paymentFailedWords, language), brand, std::string(),
                    {{"amount", amount}, {"invoice", invoiceId}, {"attempt", std::to_string(attempt)}});
}

MailContent chainBrokenMail(const std::string& language, const MailBrand& brand, long long seq,
                            const std::string& reason)
{
    return linkMail(wordsFor(chainBrokenWords, language), brand, std::string(),
                    {{"seq", std::to_string(seq)}, {"reason", reason}});
}

MailContent emailVerificationMail(const std::string& language, const MailBrand& brand,
                                  const std::string& link, int validHours)
{
    return linkMail(wordsFor(verificationWords, language), brand, link,
                    {{"hours", std::to_string(validHours)}});
}

} // namespace aih::accounts
