// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"
#include "db/Transaction.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::scim {

/// A group or user as another resource lists it: its id and what to show for it.
struct ScimRef
{
    std::string id;
    std::string display;
};

/// A user as SCIM sees it (userName is the email address).
struct ScimUser
{
    std::string id;
    std::string email;
    std::string name;
    std::string externalId;
    bool active = true;
    Role role = Role::User;
    std::string createdAt;
    std::string updatedAt;
    std::vector<ScimRef> groups;
};

struct ScimGroup
{
    std::string id;
    std::string displayName;
    std::string externalId;
    std::string createdAt;
    std::string updatedAt;
    std::vector<ScimRef> members;
};

/// SQL for SCIM's view of users and its groups (migration 0019); every call runs in a
/// transaction scoped to the tenant. A tenant has at most its plan's users, so lists are read
/// whole and filtered in memory: no filter ever becomes SQL.
class ScimStore
{
public:
    /// Users that are neither erased nor deleted by SCIM, oldest first, with their groups.
    static std::vector<ScimUser> users(db::Transaction& tx);
    static std::optional<ScimUser> user(db::Transaction& tx, const std::string& id);
    /// False when another user of the tenant has the address (the transaction is then spent).
    static bool setUser(db::Transaction& tx, const std::string& id, const std::string& email,
                        const std::string& name, const std::string& externalId);
    static void markDeleted(db::Transaction& tx, const std::string& id);

    static std::vector<ScimGroup> groups(db::Transaction& tx);
    static std::optional<ScimGroup> group(db::Transaction& tx, const std::string& id);
    /// Serialises the tenant's group writes until the transaction ends. Each reads memberships
    /// (the group's, and its members' other groups for their roles) and writes back what follows:
    /// without this, parallel PATCHes lose members, or leave a role computed from stale groups.
    static void lockGroups(db::Transaction& tx);
    /// Nothing when the tenant has a group of that name (the transaction is then spent).
    static std::optional<std::string> insertGroup(db::Transaction& tx, const std::string& displayName,
                                                  const std::string& externalId);
    /// False when the tenant has another group of that name (the transaction is then spent).
    static bool setGroup(db::Transaction& tx, const std::string& id, const std::string& displayName,
                         const std::string& externalId);
    static bool removeGroup(db::Transaction& tx, const std::string& id);
    static void addMember(db::Transaction& tx, const std::string& groupId, const std::string& userId);
    static void removeMember(db::Transaction& tx, const std::string& groupId, const std::string& userId);
    static void clearMembers(db::Transaction& tx, const std::string& groupId);
};

} // namespace aih::scim
