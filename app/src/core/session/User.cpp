// SPDX-License-Identifier: Apache-2.0
#include "core/session/User.h"

#include "core/net/Json.h"

namespace aih::console {

QString roleText(Role role)
{
    const auto name = roleName(role);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

std::optional<Role> roleFromText(const QString& text)
{
    return roleFromName(text.toStdString());
}

std::optional<User> User::fromJson(const QJsonObject& object)
{
    const auto role = roleFromText(object.value("role").toString());
    if (!object.value("id").isString() || !object.value("email").isString() || !role) {
        return std::nullopt;
    }
    User user;
    user.id = object.value("id").toString();
    user.tenantId = object.value("tenant_id").toString();
    user.email = object.value("email").toString();
    user.name = object.value("name").toString();
    user.role = *role;
    user.active = object.value("active").toBool(true);
    user.lastLoginAt = json::time(object, "last_login_at");
    user.createdAt = json::time(object, "created_at");
    user.operatorRole = object.value("operator_role").toString();
    return user;
}

} // namespace aih::console
