// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimService.h"

#include "apikeys/ApiKeyStore.h"
#include "auth/SessionStore.h"
#include "errors/ApiError.h"
#include "scim/ScimError.h"
#include "scim/ScimFilter.h"
#include "scim/ScimFilterMatch.h"
#include "scim/ScimResources.h"
#include "sso/SsoConnectionStore.h"
#include "tenancy/Seats.h"
#include "tenancy/TenantStore.h"
#include "users/UserStore.h"

#include <algorithm>
#include <map>

namespace aih::scim {
namespace {

ScimError notFound(const char* what)
{
    return {404, "", std::string("No such ") + what + "."};
}

std::optional<FilterNode> filterOf(const std::string& text)
{
    if (text.empty()) {
        return std::nullopt;
    }
    try {
        return parseScimFilter(text);
    } catch (const ScimFilterError& error) {
        throw ScimError(400, "invalidFilter", error.what());
    }
}

template <typename Resource> ScimPage<Resource> page(std::vector<Resource> all, const ListQuery& query)
{
    const auto filter = filterOf(query.filter);
    if (filter) {
        std::erase_if(
            all, [&](const Resource& resource) { return !matchesFilter(*filter, attributesOf(resource)); });
    }
    ScimPage<Resource> out;
    out.totalResults = all.size();
    out.startIndex = std::max<std::size_t>(query.startIndex, 1);
    const auto count = std::min(query.count, ScimService::maxPageSize);
    for (auto i = out.startIndex - 1; i < all.size() && out.resources.size() < count; ++i) {
        out.resources.push_back(std::move(all[i]));
    }
    return out;
}

/// A seat for one more active user, with the tenant's row locked so two requests cannot both
/// take the last one.
void requireSeat(db::Transaction& tx)
{
    const auto tenant = tenancy::TenantStore::findForUpdate(tx, tx.tenantId());
    try {
        tenancy::requireFreeSeat(*tenant);
    } catch (const errors::ApiError& error) {
        throw ScimError(403, "", std::string("The plan's user limit is reached: ") + error.what());
    }
}

/// The role each group name gives, over all of the tenant's connections, and the role of users
/// in none of them (the first connection's default).
struct GroupRoles
{
    std::map<std::string, Role> byGroup;
    Role fallback = Role::User;
};

GroupRoles groupRoles(db::Transaction& tx)
{
    GroupRoles roles;
    const auto connections = sso::SsoConnectionStore::list(tx);
    if (!connections.empty()) {
        roles.fallback = connections.front().mapping.defaultRole;
    }
    for (const auto& connection : connections) {
        for (const auto& [group, role] : connection.mapping.groupRoles) {
            auto& best = roles.byGroup.try_emplace(group, role).first->second;
            best = std::max(best, role);
        }
    }
    return roles;
}

} // namespace

ScimService::ScimService(db::Database& database, const audit::AuditLog& audit, db::Announce announce)
    : database_(database), audit_(audit), announce_(std::move(announce))
{
}

void ScimService::record(db::Transaction& tx, const std::string& action, const std::string& type,
                         const std::string& id, const audit::Origin& origin,
                         const std::function<void(audit::AuditEvent&)>& more)
{
    audit::AuditEvent event;
    event.action = action;
    event.actor.type = audit::ActorType::Scim;
    event.origin = origin;
    event.on(type, id);
    if (more) {
        more(event);
    }
    audit_.record(tx, event);
}

ScimPage<ScimUser> ScimService::listUsers(const std::string& tenantId, const ListQuery& query)
{
    return page(database_.inTenant(tenantId, [](db::Transaction& tx) { return ScimStore::users(tx); }),
                query);
}

ScimUser ScimService::getUser(const std::string& tenantId, const std::string& id)
{
    auto user = database_.inTenant(tenantId, [&](db::Transaction& tx) { return ScimStore::user(tx, id); });
    if (!user) {
        throw notFound("user");
    }
    return *user;
}

ScimUser ScimService::createUser(const std::string& tenantId, const UserDraft& draft,
                                 const audit::Origin& origin)
{
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        if (draft.active) {
            requireSeat(tx);
        }
        const auto role = groupRoles(tx).fallback;
        // No password: a provisioned person signs in through the tenant's identity provider.
        const auto id = users::UserStore::insert(tx, draft.email, draft.name, role, std::nullopt);
        if (!id) {
            throw ScimError(409, "uniqueness", "A user with this userName exists.");
        }
        ScimStore::setUser(tx, *id, draft.email, draft.name, draft.externalId);
        if (!draft.active) {
            users::UserStore::update(tx, *id, std::nullopt, false);
        }
        record(tx, "user.provisioned", "user", *id, origin, [&](audit::AuditEvent& event) {
            audit::PersonalDetails details{{"email", draft.email}};
            if (!draft.name.empty()) {
                details.emplace("name", draft.name);
            }
            event.about(*id, details).with("role", std::string(roleName(role))).with("active", draft.active);
        });
        return *ScimStore::user(tx, *id);
    });
}

ScimUser ScimService::writeUser(db::Transaction& tx, const ScimUser& current, const UserDraft& draft,
                                const audit::Origin& origin, std::vector<std::string>& ended)
{
    if ((draft.email != current.email || draft.name != current.name ||
         draft.externalId != current.externalId) &&
        !ScimStore::setUser(tx, current.id, draft.email, draft.name, draft.externalId)) {
        throw ScimError(409, "uniqueness", "Another user has this userName.");
    }
    if (draft.active != current.active) {
        if (draft.active) {
            requireSeat(tx);
        } else if (current.role == Role::Admin && users::UserStore::countActiveAdmins(tx) <= 1) {
            throw ScimError(400, "mutability",
                            "This is the tenant's last active admin; make another user an admin first.");
        }
        users::UserStore::update(tx, current.id, std::nullopt, draft.active);
        if (!draft.active) {
            auth::SessionStore::revokeUserSessions(tx, current.id, "deactivated");
            apikeys::ApiKeyStore::revokeAllOf(tx, current.id);
            ended.push_back(current.id);
        }
    }
    record(tx, draft.active || current.active == draft.active ? "user.update" : "user.deactivate", "user",
           current.id, origin, [&](audit::AuditEvent& event) {
               event.about(current.id)
                   .with("active_from", current.active)
                   .with("active_to", draft.active)
                   .with("email_changed", draft.email != current.email);
           });
    return *ScimStore::user(tx, current.id);
}

ScimUser ScimService::replaceUser(const std::string& tenantId, const std::string& id, const UserDraft& draft,
                                  const audit::Origin& origin)
{
    std::vector<std::string> ended;
    auto user = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto current = ScimStore::user(tx, id);
        if (!current) {
            throw notFound("user");
        }
        return writeUser(tx, *current, draft, origin, ended);
    });
    for (const auto& userId : ended) {
        announce_(db::Change::user(userId));
    }
    return user;
}

ScimUser ScimService::patchUser(const std::string& tenantId, const std::string& id,
                                const Poco::JSON::Object& patch, const audit::Origin& origin)
{
    std::vector<std::string> ended;
    auto user = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto current = ScimStore::user(tx, id);
        if (!current) {
            throw notFound("user");
        }
        UserDraft draft{current->email, current->name, current->externalId, current->active};
        applyUserPatch(draft, patch);
        return writeUser(tx, *current, draft, origin, ended);
    });
    for (const auto& userId : ended) {
        announce_(db::Change::user(userId));
    }
    return user;
}

void ScimService::deleteUser(const std::string& tenantId, const std::string& id, const audit::Origin& origin)
{
    database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto current = ScimStore::user(tx, id);
        if (!current) {
            throw notFound("user");
        }
        std::vector<std::string> ended;
        UserDraft draft{current->email, current->name, current->externalId, false};
        writeUser(tx, *current, draft, origin, ended);
        // Kept for the audit trail and what refers to it; SCIM no longer shows it.
        ScimStore::markDeleted(tx, id);
        record(tx, "user.scim_deleted", "user", id, origin,
               [&](audit::AuditEvent& event) { event.about(id); });
    });
    announce_(db::Change::user(id));
}

ScimPage<ScimGroup> ScimService::listGroups(const std::string& tenantId, const ListQuery& query)
{
    return page(database_.inTenant(tenantId, [](db::Transaction& tx) { return ScimStore::groups(tx); }),
                query);
}

ScimGroup ScimService::getGroup(const std::string& tenantId, const std::string& id)
{
    auto group = database_.inTenant(tenantId, [&](db::Transaction& tx) { return ScimStore::group(tx, id); });
    if (!group) {
        throw notFound("group");
    }
    return *group;
}

void ScimService::writeMembers(db::Transaction& tx, const ScimGroup& current,
                               const std::vector<std::string>& memberIds, const audit::Origin& origin)
{
    const auto users = ScimStore::users(tx);
    for (const auto& id : memberIds) {
        if (std::ranges::none_of(users, [&](const ScimUser& user) { return user.id == id; })) {
            throw ScimError(400, "invalidValue", "No user " + id + " to make a member.");
        }
    }
    std::vector<std::string> affected;
    for (const auto& member : current.members) {
        if (std::ranges::find(memberIds, member.id) == memberIds.end()) {
            ScimStore::removeMember(tx, current.id, member.id);
            affected.push_back(member.id);
        }
    }
    for (const auto& id : memberIds) {
        if (std::ranges::none_of(current.members, [&](const ScimRef& member) { return member.id == id; })) {
            ScimStore::addMember(tx, current.id, id);
            affected.push_back(id);
        }
    }
    if (!affected.empty()) {
        record(tx, "group.members_changed", "scim_group", current.id, origin, [&](audit::AuditEvent& event) {
            event.with("members", static_cast<int>(memberIds.size()))
                .with("changed", static_cast<int>(affected.size()));
        });
        syncRoles(tx, affected, origin);
    }
}

void ScimService::syncRoles(db::Transaction& tx, const std::vector<std::string>& userIds,
                            const audit::Origin& origin)
{
    const auto roles = groupRoles(tx);
    if (roles.byGroup.empty()) {
        return; // no connection maps groups to roles: roles are the admins' to set
    }
    for (const auto& user : ScimStore::users(tx)) {
        if (std::ranges::find(userIds, user.id) == userIds.end()) {
            continue;
        }
        std::optional<Role> mapped;
        for (const auto& group : user.groups) {
            const auto found = roles.byGroup.find(group.display);
            if (found != roles.byGroup.end() && (!mapped || found->second > *mapped)) {
                mapped = found->second;
            }
        }
        const auto role = mapped.value_or(roles.fallback);
        const bool lastAdmin =
            user.role == Role::Admin && user.active && users::UserStore::countActiveAdmins(tx) <= 1;
        if (role == user.role || lastAdmin) {
            continue;
        }
        users::UserStore::update(tx, user.id, role, std::nullopt);
        record(tx, "user.role_synced", "user", user.id, origin, [&](audit::AuditEvent& event) {
            event.about(user.id)
                .with("role", std::string(roleName(role)))
                .with("previous_role", std::string(roleName(user.role)));
        });
    }
}

ScimGroup ScimService::createGroup(const std::string& tenantId, const GroupDraft& draft,
                                   const audit::Origin& origin)
{
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        ScimStore::lockGroups(tx);
        if (ScimStore::groups(tx).size() >= maxGroups) {
            throw ScimError(400, "tooMany", "A tenant has at most 1000 groups.");
        }
        const auto id = ScimStore::insertGroup(tx, draft.displayName, draft.externalId);
        if (!id) {
            throw ScimError(409, "uniqueness", "A group with this displayName exists.");
        }
        record(tx, "group.created", "scim_group", *id, origin,
               [&](audit::AuditEvent& event) { event.with("display_name", draft.displayName); });
        writeMembers(tx, *ScimStore::group(tx, *id), draft.memberIds, origin);
        return *ScimStore::group(tx, *id);
    });
}

ScimGroup ScimService::writeGroup(db::Transaction& tx, const ScimGroup& current, const GroupDraft& draft,
                                  const audit::Origin& origin)
{
    if (draft.displayName != current.displayName || draft.externalId != current.externalId) {
        if (!ScimStore::setGroup(tx, current.id, draft.displayName, draft.externalId)) {
            throw ScimError(409, "uniqueness", "A group with this displayName exists.");
        }
        record(tx, "group.updated", "scim_group", current.id, origin,
               [&](audit::AuditEvent& event) { event.with("display_name", draft.displayName); });
        // A renamed group may map to another role: its members' roles follow.
        std::vector<std::string> members;
        for (const auto& member : current.members) {
            members.push_back(member.id);
        }
        syncRoles(tx, members, origin);
    }
    writeMembers(tx, *ScimStore::group(tx, current.id), draft.memberIds, origin);
    return *ScimStore::group(tx, current.id);
}

ScimGroup ScimService::replaceGroup(const std::string& tenantId, const std::string& id,
                                    const GroupDraft& draft, const audit::Origin& origin)
{
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        // Identity providers send group changes in parallel: one at a time, each sees the others.
        ScimStore::lockGroups(tx);
        const auto current = ScimStore::group(tx, id);
        if (!current) {
            throw notFound("group");
        }
        return writeGroup(tx, *current, draft, origin);
    });
}

ScimGroup ScimService::patchGroup(const std::string& tenantId, const std::string& id,
                                  const Poco::JSON::Object& patch, const audit::Origin& origin)
{
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        // Identity providers send group changes in parallel: one at a time, each sees the others.
        ScimStore::lockGroups(tx);
        const auto current = ScimStore::group(tx, id);
        if (!current) {
            throw notFound("group");
        }
        GroupDraft draft{current->displayName, current->externalId, {}};
        for (const auto& member : current->members) {
            draft.memberIds.push_back(member.id);
        }
        applyGroupPatch(draft, patch);
        return writeGroup(tx, *current, draft, origin);
    });
}

void ScimService::deleteGroup(const std::string& tenantId, const std::string& id, const audit::Origin& origin)
{
    database_.inTenant(tenantId, [&](db::Transaction& tx) {
        // Identity providers send group changes in parallel: one at a time, each sees the others.
        ScimStore::lockGroups(tx);
        const auto current = ScimStore::group(tx, id);
        if (!current || !ScimStore::removeGroup(tx, id)) {
            throw notFound("group");
        }
        record(tx, "group.deleted", "scim_group", id, origin,
               [&](audit::AuditEvent& event) { event.with("display_name", current->displayName); });
        std::vector<std::string> members;
        for (const auto& member : current->members) {
            members.push_back(member.id);
        }
        syncRoles(tx, members, origin);
    });
}

} // namespace aih::scim
