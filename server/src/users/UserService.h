// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Caller.h"
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
    /// Required: an account without one could never sign in. The route turns a request
    /// without a password into an invitation instead.
    std::string password;
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
    UserService(db::Database& database, const auth::PasswordHasher& hasher,
                const auth::PasswordPolicy& policy, const audit::AuditLog& audit, db::Announce announce);

    UserPage list(identity::Caller& caller, int limit, const std::optional<std::string>& cursor);
    User create(identity::Caller& caller, const NewUser& request);
    User change(identity::Caller& caller, const std::string& id, const UserChange& change);

private:
    db::Database& database_;
    const auth::PasswordHasher& hasher_;
    const auth::PasswordPolicy& policy_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
};

} // namespace aih::users
