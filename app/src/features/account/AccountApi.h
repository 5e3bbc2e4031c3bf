// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace aih::console {

/// What starting a TOTP enrolment returns, shown once.
struct TotpEnrolment
{
    QString otpauthUri;
    QString secret; ///< base32, for typing into an app by hand
    QStringList recoveryCodes;

    static std::optional<TotpEnrolment> fromJson(const QJsonObject& object);
};

/// One of the signed-in user's own sessions.
struct OwnSession
{
    QString id;
    bool current = false;
    QString ipAddress;
    QString userAgent;
    QDateTime createdAt;
    QDateTime lastUsedAt;

    static std::optional<OwnSession> fromJson(const QJsonObject& object);
};

/// The calls of the account menu, all about the signed-in user: `/api/auth/password`,
/// `/api/auth/mfa/totp`, `/api/auth/sessions`.
class AccountApi
{
public:
    explicit AccountApi(const ApiClient& client) : client_(client) {}

    /// The other sessions end; this one stays.
    Pending<Done> changePassword(const QString& current, const QString& next) const;
    Pending<TotpEnrolment> startTotp() const;
    Pending<Done> confirmTotp(const QString& code) const;
    /// A current code or an unused recovery code.
    Pending<Done> removeTotp(const QString& code) const;
    Pending<QList<OwnSession>> sessions() const;
    Pending<Done> endSession(const QString& id) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
