// SPDX-License-Identifier: Apache-2.0
#include "audit/ChainVerifier.h"

#include "audit/AuditChain.h"
#include "audit/AuditQueryStore.h"
#include "crypto/Hex.h"

#include <map>

namespace aih::audit {
namespace {

constexpr db::Sql anchorSql{"audit.anchor", R"sql(
    SELECT through_seq,
           encode(anchor_hash, 'hex') AS anchor_hash
      FROM audit_purges
     ORDER BY through_seq DESC
     LIMIT 1
)sql"};

KnownHead anchorOf(db::Transaction& tx)
{
    const auto rows = tx.exec(anchorSql);
    if (rows.empty()) {
        return {0, genesisHash()};
    }
    return {rows[0]["through_seq"].as<std::int64_t>(),
            crypto::fromHex(rows[0]["anchor_hash"].as<std::string>())};
}

ChainBreak breakAt(const ChainEntry& entry, std::string reason, std::string detail)
{
    return {entry.seq, entry.id, std::move(reason), std::move(detail)};
}

/// What a signed or supplied head says each position must hold.
using Expectations = std::map<std::int64_t, std::pair<std::string, std::string>>;

std::optional<ChainBreak> checkEntry(const ChainEntry& entry, std::int64_t expectedSeq,
                                     const std::string& expectedPrev, const Expectations& expected)
{
    if (entry.seq != expectedSeq) {
        return breakAt(entry, entry.seq > expectedSeq ? "entries_missing" : "sequence_disordered",
                       "expected entry " + std::to_string(expectedSeq) + ", found " +
                           std::to_string(entry.seq));
    }
    if (entry.prevHash != expectedPrev) {
        return breakAt(entry, "link_broken", "prev_hash does not match the hash of the entry before");
    }
    if (entryHash(entry) != entry.hash) {
        return breakAt(entry, "entry_altered", "the entry's content does not match its hash");
    }
    if (const auto it = expected.find(entry.seq); it != expected.end() && it->second.first != entry.hash) {
        return breakAt(entry, "checkpoint_mismatch",
                       "the " + it->second.second + " for this entry signed hash " +
                           crypto::toHex(it->second.first));
    }
    return std::nullopt;
}

} // namespace

ChainReport verifyChain(db::Transaction& tx, const AuditKeys& keys, const std::optional<KnownHead>& known)
{
    ChainReport report;
    report.anchor = anchorOf(tx);
    Expectations expected;
    for (const auto& checkpoint : CheckpointStore::all(tx)) {
        ++report.checkpointsChecked;
        if (!hasValidSignature(checkpoint, keys)) {
            report.broken =
                ChainBreak{checkpoint.seq, "", "checkpoint_signature_invalid",
                           "a stored checkpoint is not signed by this server's key " + keys.keyId()};
            return report;
        }
        if (checkpoint.seq > report.anchor.seq) {
            expected[checkpoint.seq] = {checkpoint.headHash, "signed checkpoint"};
        }
    }
    if (known && known->seq > report.anchor.seq) {
        expected[known->seq] = {known->hash, "supplied checkpoint"};
    }
    if (known && known->seq == report.anchor.seq && known->hash != report.anchor.hash) {
        report.broken = ChainBreak{known->seq, "", "checkpoint_mismatch", "the retention anchor differs"};
        return report;
    }

    std::int64_t expectedSeq = report.anchor.seq + 1;
    std::string previous = report.anchor.hash;
    AuditQueryStore::openChain(tx);
    for (auto batch = AuditQueryStore::fetchChain(tx); !batch.empty();
         batch = AuditQueryStore::fetchChain(tx)) {
        for (const auto& entry : batch) {
            if (auto broken = checkEntry(entry, expectedSeq, previous, expected)) {
                report.broken = std::move(broken);
                return report;
            }
            if (report.entriesChecked++ == 0) {
                report.firstSeq = entry.seq;
            }
            report.lastSeq = entry.seq;
            previous = entry.hash;
            ++expectedSeq;
        }
    }
    report.headHash = crypto::toHex(previous);
    if (const auto beyond = expected.upper_bound(expectedSeq - 1); beyond != expected.end()) {
        report.broken =
            ChainBreak{beyond->first, "", "truncated",
                       "a " + beyond->second.second + " covers entry " + std::to_string(beyond->first) +
                           " but the chain ends at " + std::to_string(expectedSeq - 1)};
    }
    return report;
}

Poco::JSON::Object::Ptr ChainReport::toJson() const
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("valid", !broken.has_value());
    out->set("entries_checked", entriesChecked);
    out->set("first_seq", entriesChecked ? Poco::Dynamic::Var(firstSeq) : Poco::Dynamic::Var());
    out->set("last_seq", entriesChecked ? Poco::Dynamic::Var(lastSeq) : Poco::Dynamic::Var());
    out->set("head_hash", headHash.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(headHash));
    Poco::JSON::Object::Ptr anchorJson = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    anchorJson->set("seq", anchor.seq);
    anchorJson->set("hash", crypto::toHex(anchor.hash));
    out->set("anchor", anchorJson);
    out->set("checkpoints_checked", checkpointsChecked);
    if (broken) {
        Poco::JSON::Object::Ptr first = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        first->set("seq", broken->seq);
        first->set("entry_id",
                   broken->entryId.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(broken->entryId));
        first->set("reason", broken->reason);
        first->set("detail", broken->detail);
        out->set("first_broken", first);
    } else {
        out->set("first_broken", Poco::Dynamic::Var());
    }
    return out;
}

} // namespace aih::audit
