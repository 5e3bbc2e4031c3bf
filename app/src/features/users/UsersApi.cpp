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
