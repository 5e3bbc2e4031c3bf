// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"
#include "users/User.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::users {

struct UserPage
{
    std::vector<User> users;
    std::optional<std::string> nextCursor;
};

/// SQL for users; every call runs in a transaction scoped to the user's tenant.
class UserStore
{
public:
    /// Returns the new id, or nothing when the email is already taken in this tenant.
    static std::optional<std::string> insert(db::Transaction& tx, const std::string& email,
                                             const std::string& name, Role role,
                                             const std::optional<std::string>& passwordHash);
    static std::optional<User> findById(db::Transaction& tx, const std::string& id);
    static std::optional<User> findByEmail(db::Transaction& tx, const std::string& email);
    /// Keyset pagination over (created_at, id); the cursor is opaque to clients.
    static UserPage list(db::Transaction& tx, int limit, const std::optional<std::string>& cursor);
    static void update(db::Transaction& tx, const std::string& id, std::optional<Role> role,
                       std::optional<bool> active);
    static long long countActiveAdmins(db::Transaction& tx);
    static void setPassword(db::Transaction& tx, const std::string& id, const std::string& hash);
    /// A new account counts as verified; a self-service sign-up's owner is set unverified until
    /// the mailed link is followed.
    static void setEmailVerified(db::Transaction& tx, const std::string& id, bool verified);
    static void recordLogin(db::Transaction& tx, const std::string& id,
                            const std::optional<std::string>& newHash);
};

} // namespace aih::users
