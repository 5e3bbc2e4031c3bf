// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace aih::console {

/// A user of the tenant as the server describes it.
struct User
{
    QString id;
    QString tenantId;
    QString email;
    QString name;
    Role role = Role::User;
    bool active = true;
    QDateTime lastLoginAt;
    QDateTime createdAt;
    /// On operator accounts only (members of the platform tenant): "platform-admin" or
    /// "platform-support". The console adds its operator pages for them.
    QString operatorRole;

    bool isOperator() const { return !operatorRole.isEmpty(); }
    bool isPlatformAdmin() const { return operatorRole == QLatin1String("platform-admin"); }

    static std::optional<User> fromJson(const QJsonObject& object);
};

QString roleText(Role role);
std::optional<Role> roleFromText(const QString& text);

} // namespace aih::console
