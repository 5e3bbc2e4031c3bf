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

/// Keyset position: the (occurred_at, seq) of the last entry read.
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
    /// The acting user as the tenant knows them now (users), none once erased or not a user.
    std::optional<std::string> actorEmail;
    std::optional<std::string> actorName;
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

/// SQL that reads the chain. Large reads come in batches (a keyset page, or a server-side cursor
/// for chain verification), so memory stays flat however many rows match.
class AuditQueryStore
{
public:
    /// Newest first; `limit` rows after `after`.
    static std::vector<StoredEntry> page(db::Transaction& tx, const AuditFilter& filter,
                                         const std::optional<AuditPosition>& after, int limit);

    /// Oldest first: up to `limit` filtered entries after `after` (from the start when unset)
    /// and at most `throughSeq`.
    static std::vector<StoredEntry> rowsAfter(db::Transaction& tx, const AuditFilter& filter,
                                              const std::optional<AuditPosition>& after,
                                              std::int64_t throughSeq, int limit);
    /// In sequence order: up to `limit` entries a user caused or is the subject of, with
    /// `afterSeq < seq <= throughSeq`.
    static std::vector<StoredEntry> subjectRowsAfter(db::Transaction& tx, const std::string& userId,
                                                     std::int64_t afterSeq, std::int64_t throughSeq,
                                                     int limit);
    /// The newest entry's seq (0 for an empty trail), as this transaction sees it.
    static std::int64_t lastSeq(db::Transaction& tx);

    /// Opens a cursor over the whole retained chain in sequence order; read with fetchChain().
    static void openChain(db::Transaction& tx);
    static std::vector<ChainEntry> fetchChain(db::Transaction& tx);

    static std::vector<ActionCount> countByAction(db::Transaction& tx, const AuditFilter& range);
    static std::vector<ActorActionCount> adminActions(db::Transaction& tx, const AuditFilter& range);
    /// Failed sign-ins in the range and how many distinct accounts they targeted.
    static std::pair<std::int64_t, std::int64_t> failedSignIns(db::Transaction& tx, const AuditFilter& range);
};

} // namespace aih::audit
