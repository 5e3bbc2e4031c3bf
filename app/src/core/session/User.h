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

    static std::optional<User> fromJson(const QJsonObject& object);
};

QString roleText(Role role);
std::optional<Role> roleFromText(const QString& text);

} // namespace aih::console
