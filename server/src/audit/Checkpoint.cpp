// SPDX-License-Identifier: Apache-2.0
#include "audit/Checkpoint.h"

#include "audit/AuditChain.h"
#include "audit/AuditStore.h"
#include "crypto/Hex.h"
#include "time/Clock.h"

namespace aih::audit {
namespace {

constexpr db::Sql insertCheckpointSql{"audit.checkpoint_insert", R"sql(
    INSERT INTO audit_checkpoints (tenant_id, seq, head_hash, signed_at, key_id, signature)
    VALUES ($1, $2, decode($3, 'hex'), $4::timestamptz, $5, decode($6, 'hex'))
    ON CONFLICT DO NOTHING
)sql"};

constexpr db::Sql listSql{"audit.checkpoint_list", R"sql(
    SELECT tenant_id,
           seq,
           encode(head_hash, 'hex') AS head_hash,
           to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS signed_at_utc,
           key_id,
           encode(signature, 'hex') AS signature
      FROM audit_checkpoints
     WHERE $1::bigint IS NULL OR seq < $1
     ORDER BY seq DESC
     LIMIT $2
)sql"};

constexpr db::Sql allSql{"audit.checkpoint_all", R"sql(
    SELECT tenant_id,
           seq,
           encode(head_hash, 'hex') AS head_hash,
           to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS signed_at_utc,
           key_id,
           encode(signature, 'hex') AS signature
      FROM audit_checkpoints
     ORDER BY seq
)sql"};

Checkpoint checkpointFrom(const pqxx::row& row)
{
    return {row["tenant_id"].as<std::string>(),
            row["seq"].as<std::int64_t>(),
            crypto::fromHex(row["head_hash"].as<std::string>()),
            row["signed_at_utc"].as<std::string>(),
            row["key_id"].as<std::string>(),
            crypto::fromHex(row["signature"].as<std::string>())};
}

std::vector<Checkpoint> read(const pqxx::result& rows)
{
    std::vector<Checkpoint> checkpoints;
    for (const auto& row : rows) {
        checkpoints.push_back(checkpointFrom(row));
    }
    return checkpoints;
}

} // namespace

std::string checkpointMessage(const Checkpoint& c)
{
    return "aih-audit-checkpoint-v1\ntenant_id=" + c.tenantId + "\nseq=" + std::to_string(c.seq) +
           "\nhead_hash=" + crypto::toHex(c.headHash) + "\nsigned_at=" + c.signedAt + "\nkey_id=" + c.keyId +
           "\n";
}

bool hasValidSignature(const Checkpoint& checkpoint, const AuditKeys& keys)
{
    return checkpoint.keyId == keys.keyId() &&
           AuditKeys::verifySignature(checkpoint.signature, checkpointMessage(checkpoint), keys.publicKey());
}

Poco::JSON::Object::Ptr toJson(const Checkpoint& c)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("tenant_id", c.tenantId);
    out->set("seq", c.seq);
    out->set("head_hash", crypto::toHex(c.headHash));
    out->set("signed_at", c.signedAt);
    out->set("key_id", c.keyId);
    out->set("algorithm", "Ed25519");
    out->set("signature", toBase64(c.signature));
    out->set("signed_message", checkpointMessage(c));
    return out;
}

std::optional<Checkpoint> signHead(db::Transaction& tx, const AuditKeys& keys)
{
    const auto head = AuditStore::head(tx);
    if (head.seq == 0) {
        return std::nullopt;
    }
    Checkpoint checkpoint;
    checkpoint.tenantId = tx.tenantId();
    checkpoint.seq = head.seq;
    checkpoint.headHash = head.hash;
    checkpoint.signedAt = timestampText(time::systemClock().nowMicros());
    checkpoint.keyId = keys.keyId();
    checkpoint.signature = keys.sign(checkpointMessage(checkpoint));
    CheckpointStore::insert(tx, checkpoint);
    return checkpoint;
}

void CheckpointStore::insert(db::Transaction& tx, const Checkpoint& c)
{
    tx.exec(insertCheckpointSql, c.tenantId, c.seq, crypto::toHex(c.headHash), c.signedAt, c.keyId,
            crypto::toHex(c.signature));
}

std::vector<Checkpoint> CheckpointStore::list(db::Transaction& tx, std::optional<std::int64_t> beforeSeq,
                                              int limit)
{
    const auto before = beforeSeq ? std::optional<std::string>(std::to_string(*beforeSeq)) : std::nullopt;
    return read(tx.exec(listSql, db::nullable(before), limit));
}

std::vector<Checkpoint> CheckpointStore::all(db::Transaction& tx)
{
    return read(tx.exec(allSql));
}

} // namespace aih::audit
