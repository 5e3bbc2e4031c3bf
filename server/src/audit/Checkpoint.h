// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditKeys.h"
#include "db/Transaction.h"

#include <Poco/JSON/Object.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aih::audit {

/// A signed statement "tenant T's chain had entry `seq` with hash `headHash` at `signedAt`".
/// An auditor who keeps one can later prove the log was not rewritten or truncated before it.
struct Checkpoint
{
    std::string tenantId;
    std::int64_t seq = 0;
    std::string headHash; ///< raw
    std::string signedAt; ///< RFC 3339 with microseconds, UTC
    std::string keyId;
    std::string signature; ///< raw Ed25519
};

/// The exact bytes signed: versioned, one `name=value` line each, hashes in lowercase hex.
std::string checkpointMessage(const Checkpoint& checkpoint);
bool hasValidSignature(const Checkpoint& checkpoint, const AuditKeys& keys);
Poco::JSON::Object::Ptr toJson(const Checkpoint& checkpoint);

/// Signs the tenant's current chain head and stores the checkpoint; nothing for an empty chain.
std::optional<Checkpoint> signHead(db::Transaction& tx, const AuditKeys& keys);

/// SQL for checkpoints, in the tenant's transaction.
class CheckpointStore
{
public:
    static void insert(db::Transaction& tx, const Checkpoint& checkpoint);
    /// Newest first, those with seq below `beforeSeq` when given.
    static std::vector<Checkpoint> list(db::Transaction& tx, std::optional<std::int64_t> beforeSeq,
                                        int limit);
    /// Every checkpoint, oldest first (few: at most one per maintenance interval).
    static std::vector<Checkpoint> all(db::Transaction& tx);
};

} // namespace aih::audit
