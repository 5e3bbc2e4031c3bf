// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/session/Tenant.h"
#include "core/session/User.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace aih::console {

/// The server's rules for managing users, applied before a call so the page can disable what
/// would be refused and say why. The server checks again; these only save a round trip.
class UserRules
{
    Q_DECLARE_TR_FUNCTIONS(UserRules)

public:
    UserRules(const User& actor, const Tenant& tenant, const QList<User>& users);

    /// Roles the actor may give a new user; empty when they may not create users at all.
    QList<Role> assignableRoles() const;
    /// Why the actor cannot create a user now, or nothing when they can.
    std::optional<QString> whyNotCreate() const;
    std::optional<QString> whyNotChangeRole(const User& target, Role role) const;
    std::optional<QString> whyNotSetActive(const User& target, bool active) const;

private:
    /// The target is the only active admin, so demoting or deactivating them is refused.
    bool isLastActiveAdmin(const User& target) const;

    User actor_;
    Tenant tenant_;
    QList<User> users_;
};

} // namespace aih::console
