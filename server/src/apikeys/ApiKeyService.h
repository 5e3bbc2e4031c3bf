// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKeyHasher.h"
#include "apikeys/ApiKeyStore.h"
#include "audit/AuditLog.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "tenancy/TenantPlans.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace aih::apikeys {

struct NewApiKey
{
    std::string name;
    std::vector<std::string> scopes{"read"};
    std::optional<long long> rateLimit;
    std::optional<std::string> expiresAt;
    std::string mode = "live";
    /// CIDR blocks the key may be used from; nothing: anywhere.
    std::optional<std::vector<std::string>> allowedIps;
    /// Calls per second on one instance; nothing: no burst limit.
    std::optional<long long> burstLimit;
};

/// What a change to a key sets; absent fields stay. `expiresAt` holding nullopt clears the expiry.
struct KeyChanges
{
    std::optional<std::string> name;
    std::optional<std::vector<std::string>> scopes;
    std::optional<long long> rateLimit;
    std::optional<std::optional<std::string>> expiresAt;
    /// Holding nullopt lets the key be used from anywhere again.
    std::optional<std::optional<std::vector<std::string>>> allowedIps;
    /// Holding nullopt removes the burst limit.
    std::optional<std::optional<long long>> burstLimit;
};

/// A key as returned when it is made or rotated: the only time the full secret is shown.
struct IssuedKey
{
    ApiKey key;
    std::string secret;
};

/// Key rules: who may make, see, rotate and revoke which keys, and the plan's limits.
class ApiKeyService
{
public:
    static constexpr long long maxGraceSeconds = 7LL * 24 * 3600;

    ApiKeyService(db::Database& database, const ApiKeyHasher& hasher, tenancy::TenantPlans& plans,
                  const audit::AuditLog& audit, db::Announce announce);

    IssuedKey create(identity::Caller& caller, const NewApiKey& request);
    ApiKeyPage list(identity::Caller& caller, bool all, int limit, const std::optional<std::string>& cursor);
    IssuedKey rotate(identity::Caller& caller, const std::string& id, long long graceSeconds);
    /// Renames a key or changes its scopes (within its owner's role), rate limit or expiry; the
    /// change holds on every instance at once. A revoked key cannot change (409).
    ApiKey update(identity::Caller& caller, const std::string& id, const KeyChanges& changes);
    void revoke(identity::Caller& caller, const std::string& id);

private:
    ApiKey ownedOrAdministered(db::Transaction& tx, const identity::Caller& caller, const std::string& id);

    db::Database& database_;
    const ApiKeyHasher& hasher_;
    tenancy::TenantPlans& plans_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
};

} // namespace aih::apikeys
