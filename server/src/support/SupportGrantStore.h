// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aih::support {

/// A tenant admin's permission for the platform's operators to read the tenant until `expiresAt`.
struct SupportGrant
{
    std::string id;
    std::string grantedBy; ///< the admin's user id; empty once that user is erased
    std::string reason;
    // Instants in seconds since the epoch; 0: not (yet).
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0;
    std::int64_t revokedAt = 0;
    int openedCount = 0;
    std::int64_t lastOpenedAt = 0;
    std::string lastOpenedBy; ///< the operator account (its id) that opened it last
    bool active = false;      ///< neither revoked nor expired, now
};

/// The `support_grants` table, in the transaction's tenant.
class SupportGrantStore
{
public:
    static SupportGrant insert(db::Transaction& tx, const std::string& grantedBy, int minutes,
                               const std::string& reason);
    /// The newest first.
    static std::vector<SupportGrant> list(db::Transaction& tx, int limit);
    static std::optional<SupportGrant> find(db::Transaction& tx, const std::string& id);
    /// Ends the grant now; false if it does not exist or had already ended.
    static bool revoke(db::Transaction& tx, const std::string& id, const std::string& revokedBy);
    /// The grant in force that ends last, locked, counting one more opening by the operator
    /// account `operatorId`.
    static std::optional<SupportGrant> open(db::Transaction& tx, const std::string& operatorId);
    /// Whether this grant is still in force (an open view checks it on every request).
    static bool isActive(db::Transaction& tx, const std::string& id);
};

} // namespace aih::support
