// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aih::gdpr {

struct SessionRecord
{
    std::string id;
    std::string createdAt;
    std::optional<std::string> ipAddress;
    std::optional<std::string> userAgent;
    std::optional<std::string> endedAt;
    std::optional<std::string> endReason;
};

/// SQL for the personal data the core tables hold about a user, in the user's tenant.
class GdprStore
{
public:
    /// The user's sign-in sessions with the address and user agent each came from.
    static std::vector<SessionRecord> sessions(db::Transaction& tx, const std::string& userId);
    /// Removes every personal value about the user from the tables that hold one: the user row
    /// keeps only its id (a tombstone other rows still refer to), sessions lose address and
    /// user agent, API keys their names; all sessions and keys end.
    static void erase(db::Transaction& tx, const std::string& userId);
    /// Every email address the tenant knows the user by: their own, and the one each accepted
    /// invitation was sent to.
    static std::vector<std::string> addressesOf(db::Transaction& tx, const std::string& userId);
    /// Audit entries the user caused or is the subject of: kept, now pseudonymous.
    static std::int64_t auditEntriesAbout(db::Transaction& tx, const std::string& userId);
};

} // namespace aih::gdpr
