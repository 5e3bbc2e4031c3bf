// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Change.h"
#include "db/Database.h"
#include "scim/ScimRequests.h"
#include "scim/ScimStore.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::scim {

/// One page of a filtered list (RFC 7644 §3.4.2): `startIndex` is 1-based.
template <typename Resource> struct ScimPage
{
    std::vector<Resource> resources;
    std::size_t totalResults = 0;
    std::size_t startIndex = 1;
};

struct ListQuery
{
    std::string filter; ///< empty: everything
    std::size_t startIndex = 1;
    std::size_t count = 100;
};

/// Provisioning by the tenant's identity provider: users created (without a password: they sign
/// in through single sign-on) within the plan's user limit, changed, deactivated (their sessions
/// end and keys stop at once, on every instance) and deleted; groups whose members get the role
/// the tenant's connections map the group's name to. Every write is audited with the `scim`
/// actor. Takes the tenant the SCIM token named; throws ScimError.
class ScimService
{
public:
    static constexpr std::size_t maxPageSize = 200;
    static constexpr std::size_t maxGroups = 1000;

    ScimService(db::Database& database, const audit::AuditLog& audit, db::Announce announce);

    ScimPage<ScimUser> listUsers(const std::string& tenantId, const ListQuery& query);
    ScimUser getUser(const std::string& tenantId, const std::string& id);
    ScimUser createUser(const std::string& tenantId, const UserDraft& draft, const audit::Origin& origin);
    ScimUser replaceUser(const std::string& tenantId, const std::string& id, const UserDraft& draft,
                         const audit::Origin& origin);
    /// PATCH: the current user with the operations applied, then written as a replacement.
    ScimUser patchUser(const std::string& tenantId, const std::string& id, const Poco::JSON::Object& patch,
                       const audit::Origin& origin);
    void deleteUser(const std::string& tenantId, const std::string& id, const audit::Origin& origin);

    ScimPage<ScimGroup> listGroups(const std::string& tenantId, const ListQuery& query);
    ScimGroup getGroup(const std::string& tenantId, const std::string& id);
    ScimGroup createGroup(const std::string& tenantId, const GroupDraft& draft, const audit::Origin& origin);
    ScimGroup replaceGroup(const std::string& tenantId, const std::string& id, const GroupDraft& draft,
                           const audit::Origin& origin);
    ScimGroup patchGroup(const std::string& tenantId, const std::string& id, const Poco::JSON::Object& patch,
                         const audit::Origin& origin);
    void deleteGroup(const std::string& tenantId, const std::string& id, const audit::Origin& origin);

private:
    ScimUser writeUser(db::Transaction& tx, const ScimUser& current, const UserDraft& draft,
                       const audit::Origin& origin, std::vector<std::string>& ended);
    ScimGroup writeGroup(db::Transaction& tx, const ScimGroup& current, const GroupDraft& draft,
                         const audit::Origin& origin);
    void writeMembers(db::Transaction& tx, const ScimGroup& current,
                      const std::vector<std::string>& memberIds, const audit::Origin& origin);
    void syncRoles(db::Transaction& tx, const std::vector<std::string>& userIds, const audit::Origin& origin);
    void record(db::Transaction& tx, const std::string& action, const std::string& type,
                const std::string& id, const audit::Origin& origin,
                const std::function<void(audit::AuditEvent&)>& more = {});

    db::Database& database_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
};

} // namespace aih::scim
