// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <optional>
#include <string>

namespace aih::scim {

/// SQL for the tenant's SCIM bearer token (migration 0019): tenantOf runs in platform scope,
/// the rest in the tenant's.
class ScimTokenStore
{
public:
    /// When the current token was made; nothing when there is none.
    static std::optional<std::string> createdAt(db::Transaction& tx);
    /// Replaces the token; returns its creation time.
    static std::string replace(db::Transaction& tx, const std::string& tokenHash,
                               const std::string& createdBy);
    static std::optional<std::string> tenantOf(db::Transaction& tx, const std::string& tokenHash);
};

} // namespace aih::scim
