// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::sso {

/// An email domain a tenant claims for single sign-on, and its DNS proof.
struct SsoDomain
{
    std::string id;
    std::string domain;
    std::string connectionId; ///< empty: the tenant's first enabled connection
    std::string token;
    std::string status; ///< pending | verified
    std::string createdAt;
    std::string checkedAt;
    std::string verifiedAt;
    std::string lastError;
};

/// SQL for SSO domains; every call but tenantOf runs in a transaction scoped to the tenant.
class SsoDomainStore
{
public:
    static std::vector<SsoDomain> list(db::Transaction& tx);
    static std::optional<SsoDomain> find(db::Transaction& tx, const std::string& id);
    /// The verified domain of this tenant that `email` belongs to.
    static std::optional<SsoDomain> verifiedFor(db::Transaction& tx, const std::string& email);
    /// The new id, or nothing when the tenant has claimed the domain already.
    static std::optional<std::string> insert(db::Transaction& tx, const std::string& domain,
                                             const std::string& connectionId, const std::string& token);
    static void recordFailure(db::Transaction& tx, const std::string& id, const std::string& error);
    /// False when another tenant verified the domain first.
    static bool markVerified(db::Transaction& tx, const std::string& id);
    static bool remove(db::Transaction& tx, const std::string& id);
    /// The tenant that verified `domain`, whichever it is (through the SECURITY DEFINER function).
    static std::optional<std::string> tenantOf(db::Transaction& tx, const std::string& domain);
};

} // namespace aih::sso
