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
    /// Empty: no account is made yet; the address is mailed an invitation to choose one.
    QString password;
};

/// The calls of the Users page: `/api/enterprise/admin/users` and `.../invitations`.
class UsersApi
{
public:
    explicit UsersApi(const ApiClient& client) : client_(client) {}

    /// Every user of the tenant (all pages), cached for offline reading.
    Pending<QList<User>> list() const;
    /// With a password only: without one, `invite` is the call.
    Pending<User> create(const NewUser& user) const;
    /// Mails the address an invitation; the answer is the invited address.
    Pending<QString> invite(const QString& email, Role role) const;
    Pending<User> changeRole(const QString& id, Role role) const;
    Pending<User> setActive(const QString& id, bool active) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
