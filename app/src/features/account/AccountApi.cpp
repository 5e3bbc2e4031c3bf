// SPDX-License-Identifier: Apache-2.0
#include "features/account/AccountApi.h"

#include "core/net/Json.h"

#include <QJsonArray>

namespace aih::console {
namespace {

const QString totpPath = QStringLiteral("/api/auth/mfa/totp");
const QString sessionsPath = QStringLiteral("/api/auth/sessions");

} // namespace

std::optional<TotpEnrolment> TotpEnrolment::fromJson(const QJsonObject& object)
{
    TotpEnrolment enrolment;
    enrolment.otpauthUri = object.value("otpauth_uri").toString();
    enrolment.secret = object.value("secret").toString();
    for (const auto& code : object.value("recovery_codes").toArray()) {
        enrolment.recoveryCodes << code.toString();
    }
    if (!enrolment.otpauthUri.startsWith("otpauth://") || enrolment.secret.isEmpty()) {
        return std::nullopt;
    }
    return enrolment;
}

std::optional<OwnSession> OwnSession::fromJson(const QJsonObject& object)
{
    OwnSession session;
    session.id = object.value("id").toString();
    session.current = object.value("current").toBool();
    session.ipAddress = object.value("ip_address").toString();
    session.userAgent = object.value("user_agent").toString();
    session.createdAt = json::time(object, "created_at");
    session.lastUsedAt = json::time(object, "last_used_at");
    if (session.id.isEmpty()) {
        return std::nullopt;
    }
    return session;
}

Pending<Done> AccountApi::changePassword(const QString& current, const QString& next) const
{
    return client_.call<Done>(
        ApiRequest::post("/api/auth/password", {{"current_password", current}, {"new_password", next}}),
        ignoreBody);
}

Pending<TotpEnrolment> AccountApi::startTotp() const
{
    return client_.call<TotpEnrolment>(ApiRequest::post(totpPath), [](const QJsonDocument& document) {
        return json::object(document, &TotpEnrolment::fromJson);
    });
}

Pending<Done> AccountApi::confirmTotp(const QString& code) const
{
    return client_.call<Done>(ApiRequest::post(totpPath + "/confirm", {{"code", code.trimmed()}}),
                              ignoreBody);
}

Pending<Done> AccountApi::removeTotp(const QString& code) const
{
    return client_.call<Done>(ApiRequest::withJson("DELETE", totpPath, {{"code", code.trimmed()}}),
                              ignoreBody);
}

Pending<QList<OwnSession>> AccountApi::sessions() const
{
    return client_.call<QList<OwnSession>>(ApiRequest::get(sessionsPath), [](const QJsonDocument& document) {
        return json::list<OwnSession>(document, &OwnSession::fromJson);
    });
}

Pending<Done> AccountApi::endSession(const QString& id) const
{
    return client_.call<Done>(ApiRequest::del(sessionsPath + '/' + id), ignoreBody);
}

} // namespace aih::console
