// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditKeys.h"
#include "audit/Checkpoint.h"
#include "db/Transaction.h"

#include <Poco/JSON/Object.h>
#include <cstdint>
#include <optional>
#include <string>

namespace aih::audit {

/// The first place where the stored chain stops proving itself.
struct ChainBreak
{
    std::int64_t seq = 0;
    std::string entryId; ///< empty when the break is not at a stored entry (truncation)
    std::string reason;  ///< stable code: entry_altered, link_broken, entries_missing, ...
    std::string detail;
};

/// A chain head an auditor kept from an earlier checkpoint.
struct KnownHead
{
    std::int64_t seq = 0;
    std::string hash; ///< raw
};

struct ChainReport
{
    std::int64_t entriesChecked = 0;
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;
    std::string headHash;
    KnownHead anchor;
    std::int64_t checkpointsChecked = 0;
    std::optional<ChainBreak> broken;

    Poco::JSON::Object::Ptr toJson() const;
};

/// Walks the tenant's retained chain from its anchor (genesis, or where the last retention
/// purge stopped), recomputing every hash and link, then holds it against every stored signed
/// checkpoint and the head an auditor supplies. Editing, deleting or reordering entries breaks
/// a hash or a link; truncating the tail or rewriting history with fresh hashes contradicts a
/// signed checkpoint taken before.
ChainReport verifyChain(db::Transaction& tx, const AuditKeys& keys, const std::optional<KnownHead>& known);

} // namespace aih::audit
