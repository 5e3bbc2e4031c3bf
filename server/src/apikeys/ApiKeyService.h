// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKeyHasher.h"
#include "apikeys/ApiKeyStore.h"
#include "audit/AuditLog.h"
#include "http/RequestContext.h"
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
    static constexpr long long maxGraceSeconds = 7 * 24 * 3600;

    /// `announce` tells this instance's caches about a committed change (see ChangeListener).
    using Announce = std::function<void(const std::string& payload)>;

    ApiKeyService(const ApiKeyHasher& hasher, tenancy::TenantPlans& plans, const audit::AuditLog& audit,
                  Announce announce);

    IssuedKey create(http::RequestContext& ctx, const NewApiKey& request);
    ApiKeyPage list(http::RequestContext& ctx, bool all, int limit, const std::optional<std::string>& cursor);
    IssuedKey rotate(http::RequestContext& ctx, const std::string& id, long long graceSeconds);
    void revoke(http::RequestContext& ctx, const std::string& id);

private:
    ApiKey ownedOrAdministered(db::Transaction& tx, const http::RequestContext& ctx, const std::string& id);

    const ApiKeyHasher& hasher_;
    tenancy::TenantPlans& plans_;
    const audit::AuditLog& audit_;
    Announce announce_;
};

} // namespace aih::apikeys
