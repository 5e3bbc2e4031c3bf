// SPDX-License-Identifier: Apache-2.0
#include "OperatorAccounts.h"

#include "ApiHelpers.h"
#include "Totp.h"

#include <QUrl>
#include <QUrlQuery>

namespace aih::test {

InvitedOperator inviteOperator(const HttpClient& client, SmtpServerProcess& smtp, const QString& email,
                               const QString& role, const Headers& inviter)
{
    InvitedOperator account{{}, email, "passphrase of " + email, {}};
    const auto invited = client.post("/api/enterprise/platform/operators",
                                     {{"email", email}, {"operator_role", role}}, inviter);
    if (invited.status != 201) {
        qFatal("inviting %s: %d %s", qPrintable(email), invited.status, invited.body.constData());
    }
    const auto mail = smtp.waitForMailTo(email).back();
    const auto token = QUrlQuery(QUrl(firstLink(mail)).query()).queryItemValue("token");
    const auto accepted =
        client.post("/api/auth/invitations/accept", {{"token", token}, {"password", account.password}});
    account.id = accepted.json()["user"].toObject()["id"].toString();
    const auto session = bearer(accepted.json()["access_token"].toString());
    account.secret = client.post("/api/auth/mfa/totp", {}, session).json()["secret"].toString();
    const auto confirmed =
        client.post("/api/auth/mfa/totp/confirm", {{"code", totpCode(account.secret)}}, session);
    if (account.id.isEmpty() || confirmed.status != 204) {
        qFatal("enrolling %s: %d %s", qPrintable(email), confirmed.status, confirmed.body.constData());
    }
    return account;
}

SignedInOperator enrolOperator(const HttpClient& client, SmtpServerProcess& smtp, const QString& email,
                               const QString& role, const Headers& inviter)
{
    SignedInOperator account{inviteOperator(client, smtp, email, role, inviter), {}};
    const auto challenge = login(client, "platform", email, account.password);
    const auto signedIn =
        client.post("/api/auth/login/mfa", {{"mfa_token", challenge.response.json()["mfa_token"].toString()},
                                            {"code", totpCode(account.secret, 1)}});
    account.accessToken = signedIn.json()["access_token"].toString();
    if (account.accessToken.isEmpty()) {
        qFatal("signing in %s: %d %s", qPrintable(email), signedIn.status, signedIn.body.constData());
    }
    return account;
}

} // namespace aih::test
