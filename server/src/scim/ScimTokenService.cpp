// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimTokenService.h"

#include "crypto/Secrets.h"
#include "scim/ScimTokenStore.h"

namespace aih::scim {

ScimTokenService::ScimTokenService(db::Database& database, const audit::AuditLog& audit)
    : database_(database), audit_(audit)
{
}

ScimTokenStatus ScimTokenService::status(identity::Caller& caller)
{
    return {caller.inTenant(database_, [](db::Transaction& tx) { return ScimTokenStore::createdAt(tx); })};
}

NewScimToken ScimTokenService::rotate(identity::Caller& caller)
{
    NewScimToken created;
    created.token = prefix + crypto::randomToken(32);
    created.createdAt = caller.inTenant(database_, [&](db::Transaction& tx) {
        const bool replacing = ScimTokenStore::createdAt(tx).has_value();
        auto at = ScimTokenStore::replace(tx, crypto::sha256Hex(created.token), caller.principal.userId);
        audit_.record(tx, audit::eventFrom(caller, "scim.token_created").with("replaced", replacing));
        return at;
    });
    return created;
}

std::optional<std::string> ScimTokenService::tenantOf(const std::string& token)
{
    if (token.rfind(prefix, 0) != 0 || token.size() > 100) {
        return std::nullopt;
    }
    const auto hash = crypto::sha256Hex(token);
    return database_.inPlatform([&](db::Transaction& tx) { return ScimTokenStore::tenantOf(tx, hash); });
}

} // namespace aih::scim
