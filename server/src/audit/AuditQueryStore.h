// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditChain.h"
#include "db/Transaction.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::audit {

/// Which entries a list, export or report covers. Times are RFC 3339; `text` is a LIKE pattern
/// with its wildcards already escaped.
struct AuditFilter
{
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<std::string> action;
    std::optional<std::string> userId;
    std::optional<bool> success;
    std::optional<std::string> text;
};

/// Keyset position in newest-first order.
struct AuditPosition
{
    std::int64_t micros = 0;
    std::int64_t seq = 0;
};

/// An entry with the wrapped keys of its actor and subject (absent once erased).
struct StoredEntry
{
    ChainEntry entry;
    std::optional<std::string> actorKey;
    std::optional<std::string> subjectKey;
};

/// Counts for the compliance report.
struct ActionCount
{
    std::string action;
    std::int64_t total = 0;
    std::int64_t failures = 0;
};

struct ActorActionCount
{
    std::string userId;
    std::string action;
    std::int64_t count = 0;
};

/// SQL that reads the chain. Large reads go through a server-side cursor fetched in batches,
/// so memory stays flat however many rows match.
class AuditQueryStore
{
public:
    /// Newest first; `limit` rows after `after`.
    static std::vector<StoredEntry> page(db::Transaction& tx, const AuditFilter& filter,
                                         const std::optional<AuditPosition>& after, int limit);

    /// Opens a cursor over the filtered entries, oldest first; read it with fetchRows().
    static void openRows(db::Transaction& tx, const AuditFilter& filter);
    /// Opens a cursor over the entries a user caused or is the subject of, oldest first.
    static void openSubjectRows(db::Transaction& tx, const std::string& userId);
    static std::vector<StoredEntry> fetchRows(db::Transaction& tx);

    /// Opens a cursor over the whole retained chain in sequence order; read with fetchChain().
    static void openChain(db::Transaction& tx);
    static std::vector<ChainEntry> fetchChain(db::Transaction& tx);

    static std::vector<ActionCount> countByAction(db::Transaction& tx, const AuditFilter& range);
    static std::vector<ActorActionCount> adminActions(db::Transaction& tx, const AuditFilter& range);
    /// Failed sign-ins in the range and how many distinct accounts they targeted.
    static std::pair<std::int64_t, std::int64_t> failedSignIns(db::Transaction& tx, const AuditFilter& range);
};

} // namespace aih::audit
