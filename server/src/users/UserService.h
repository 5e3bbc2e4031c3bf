// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "http/RequestContext.h"
#include "users/UserStore.h"

#include <functional>
#include <optional>
#include <string>

namespace aih::users {

struct NewUser
{
    std::string email;
    std::string name;
    Role role = Role::User;
    std::optional<std::string> password;
};

struct UserChange
{
    std::optional<Role> role;
    std::optional<bool> active;
};

/// User management rules: who may assign which role, the plan's user limit, and that a tenant
/// always keeps an active admin.
class UserService
{
public:
    /// `announce` tells this instance's caches about a committed change (see ChangeListener).
    using Announce = std::function<void(const std::string& payload)>;

    UserService(const auth::PasswordHasher& hasher, const audit::AuditLog& audit, Announce announce);

    UserPage list(http::RequestContext& ctx, int limit, const std::optional<std::string>& cursor);
    User create(http::RequestContext& ctx, const NewUser& request);
    User change(http::RequestContext& ctx, const std::string& id, const UserChange& change);

private:
    const auth::PasswordHasher& hasher_;
    const audit::AuditLog& audit_;
    Announce announce_;
};

} // namespace aih::users
