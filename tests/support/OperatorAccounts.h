// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"
#include "SmtpServerProcess.h"

#include <QString>

namespace aih::test {

/// An operator account as a person makes it: invited, password chosen, second factor confirmed.
struct InvitedOperator
{
    QString id;
    QString email;
    QString password;
    /// The authenticator secret (base32): sign-ins need `totpCode(secret, 1)` or later, the code
    /// of step 0 confirmed the enrolment.
    QString secret;
};

/// Invites `email` as `role` (platform-admin or platform-support) with `inviter`'s credential,
/// accepts through the mailed link with a password of its own, and enrols and confirms a TOTP
/// factor (codes from oathtool). Aborts the test program when a step fails.
InvitedOperator inviteOperator(const HttpClient& client, SmtpServerProcess& smtp, const QString& email,
                               const QString& role, const Headers& inviter);

/// An invited operator signed in with both factors (the code of step 1): `accessToken` acts as
/// the operator.
struct SignedInOperator : InvitedOperator
{
    QString accessToken;
};

/// inviteOperator(), then a sign-in with password and second factor. Aborts when a step fails.
SignedInOperator enrolOperator(const HttpClient& client, SmtpServerProcess& smtp, const QString& email,
                               const QString& role, const Headers& inviter);

} // namespace aih::test
