// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditChain.h"
#include "db/Transaction.h"

#include <optional>
#include <string>

namespace aih::audit {

/// Where a tenant's chain ends: the last entry, or the anchor a retention purge left.
struct ChainHead
{
    std::int64_t seq = 0;
    std::string hash;            ///< raw; the genesis hash for an empty chain
    std::int64_t nextMicros = 0; ///< timestamp for the next entry: now, never before the head
};

struct PurgeResult
{
    std::int64_t rowsPurged = 0;
    std::int64_t throughSeq = 0;
    std::string anchorHash;
    int retentionDays = 0;
};

/// SQL that writes the chain, in the tenant's transaction.
class AuditStore
{
public:
    /// Serialises appends to the tenant's chain until the transaction ends, so concurrent
    /// writers can never fork it.
    static void lockChain(db::Transaction& tx);
    static ChainHead head(db::Transaction& tx);
    static void insert(db::Transaction& tx, const ChainEntry& entry);

    /// The subject's wrapped key, stored first if the subject has none; nothing once erased.
    static std::optional<std::string> subjectKey(db::Transaction& tx, const std::string& subjectId,
                                                 const std::string& candidateWrapped);
    /// Destroys the subject's key, leaving a tombstone; returns false if it had none.
    static bool eraseSubjectKey(db::Transaction& tx, const std::string& subjectId);

    /// Runs the privileged retention purge; nothing when no entry is past the plan's retention.
    static std::optional<PurgeResult> purgeExpired(db::Transaction& tx);
};

} // namespace aih::audit
