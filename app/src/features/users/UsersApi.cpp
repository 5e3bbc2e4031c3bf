// SPDX-License-Identifier: Apache-2.0
#include "features/users/UsersApi.h"

#include "core/net/Json.h"

namespace aih::console {
namespace {

const QString usersPath = QStringLiteral("/api/enterprise/admin/users");
const QString invitationsPath = QStringLiteral("/api/enterprise/admin/invitations");

std::optional<User> userOf(const QJsonDocument& document)
{
    return json::object(document, &User::fromJson);
}

} // namespace

Pending<QList<User>> UsersApi::list() const
{
    auto request = ApiRequest::get(usersPath);
    request.allPages = true;
    request.cacheable = true;
    return client_.call<QList<User>>(
        request, [](const QJsonDocument& document) { return json::list<User>(document, &User::fromJson); });
}

Pending<User> UsersApi::create(const NewUser& user) const
{
    QJsonObject body{{"email", user.email}, {"role", roleText(user.role)}};
    if (!user.name.isEmpty()) {
        body.insert("name", user.name);
    }
    if (!user.password.isEmpty()) {
        body.insert("password", user.password);
    }
    return client_.call<User>(ApiRequest::post(usersPath, body), userOf);
}

Pending<QString> UsersApi::invite(const QString& email, Role role) const
{
    return client_.call<QString>(
        ApiRequest::post(invitationsPath, {{"email", email}, {"role", roleText(role)}}),
        [](const QJsonDocument& document) -> std::optional<QString> {
            const auto invited = document.object().value("email").toString();
            return invited.isEmpty() ? std::nullopt : std::optional<QString>(invited);
        });
}

std::optional<PendingInvitation> PendingInvitation::fromJson(const QJsonObject& object)
{
    PendingInvitation invitation;
    invitation.id = object.value("id").toString();
    invitation.email = object.value("email").toString();
    const auto role = roleFromText(object.value("role").toString());
    invitation.expired = object.value("status").toString() == "expired";
    invitation.expiresAt = json::time(object, "expires_at");
    if (invitation.id.isEmpty() || !role) {
        return std::nullopt;
    }
    invitation.role = *role;
    return invitation;
}

Pending<Done> UsersApi::sendPasswordReset(const QString& id) const
{
    return client_.call<Done>(ApiRequest::post(usersPath + '/' + id + "/password-reset"), ignoreBody);
}

Pending<QJsonDocument> UsersApi::exportPersonalData(const QString& id) const
{
    return client_.call<QJsonDocument>(
        ApiRequest::get("/api/enterprise/gdpr/users/" + id + "/export"), [](const QJsonDocument& document) {
            return document.isObject() ? std::optional(document) : std::nullopt;
        });
}

Pending<Erasure> UsersApi::erasePersonalData(const QString& id) const
{
    return client_.call<Erasure>(
        ApiRequest::post("/api/enterprise/gdpr/users/" + id + "/erase"),
        [](const QJsonDocument& document) -> std::optional<Erasure> {
            const auto object = document.object();
            if (!object.value("erased").toBool()) {
                return std::nullopt;
            }
            return Erasure{static_cast<int>(object.value("audit_entries_pseudonymised").toInteger())};
        });
}

Pending<Done> UsersApi::endSessions(const QString& id) const
{
    return client_.call<Done>(ApiRequest::del(usersPath + '/' + id + "/sessions"), ignoreBody);
}

Pending<QList<PendingInvitation>> UsersApi::invitations() const
{
    auto request = ApiRequest::get(invitationsPath);
    request.allPages = true;
    return client_.call<QList<PendingInvitation>>(request, [](const QJsonDocument& document) {
        return json::list<PendingInvitation>(document, &PendingInvitation::fromJson);
    });
}

Pending<Done> UsersApi::resendInvitation(const QString& id) const
{
    return client_.call<Done>(ApiRequest::post(invitationsPath + '/' + id + "/resend"), ignoreBody);
}

Pending<Done> UsersApi::revokeInvitation(const QString& id) const
{
    return client_.call<Done>(ApiRequest::del(invitationsPath + '/' + id), ignoreBody);
}

Pending<User> UsersApi::changeRole(const QString& id, Role role) const
{
    return client_.call<User>(ApiRequest::withJson("PATCH", usersPath + '/' + id, {{"role", roleText(role)}}),
                              userOf);
}

Pending<User> UsersApi::setActive(const QString& id, bool active) const
{
    return client_.call<User>(ApiRequest::withJson("PATCH", usersPath + '/' + id, {{"active", active}}),
                              userOf);
}

} // namespace aih::console
