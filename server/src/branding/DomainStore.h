// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <optional>
#include <string>

namespace aih::branding {

struct DomainClaim
{
    std::string domain;
    std::string token;
    std::string status; ///< pending | verified
    std::string createdAt;
    std::string checkedAt;
    std::string verifiedAt;
    std::string lastError;
};

/// SQL for a tenant's custom-domain claim; every call runs in a transaction scoped to the tenant.
class DomainStore
{
public:
    static std::optional<DomainClaim> find(db::Transaction& tx);
    /// Replaces the claim with a pending one for `domain`.
    static void put(db::Transaction& tx, const std::string& domain, const std::string& token);
    static void recordFailure(db::Transaction& tx, const std::string& error);
    static void markVerified(db::Transaction& tx);
    static void remove(db::Transaction& tx);
    /// Sets (or clears) the domain the tenant is served on; false when another tenant has it.
    static bool serveOn(db::Transaction& tx, const std::optional<std::string>& domain);
    /// The tenant serving on `domain`, whichever it is (through the SECURITY DEFINER function).
    static std::optional<std::string> servingTenant(db::Transaction& tx, const std::string& domain);
};

} // namespace aih::branding
