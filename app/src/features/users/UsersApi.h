// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "core/session/User.h"

#include <optional>

namespace aih::console {

struct NewUser
{
    QString email;
    QString name;
    Role role = Role::User;
    /// Empty: the user gets no password and cannot sign in until one is set.
    QString password;
};

/// The calls of the Users page: `/api/enterprise/admin/users`.
class UsersApi
{
public:
    explicit UsersApi(const ApiClient& client) : client_(client) {}

    /// Every user of the tenant (all pages), cached for offline reading.
    Pending<QList<User>> list() const;
    Pending<User> create(const NewUser& user) const;
    Pending<User> changeRole(const QString& id, Role role) const;
    Pending<User> setActive(const QString& id, bool active) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
