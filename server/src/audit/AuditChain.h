// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aih::audit {

/// One entry of a tenant's chain exactly as stored: every column the hash covers. Byte strings
/// (`actorSealed`, `subjectSealed`, `prevHash`, `hash`) are raw, not hex.
struct ChainEntry
{
    std::string tenantId;
    std::int64_t seq = 0;
    std::string id;
    std::int64_t occurredAtMicros = 0; ///< since the Unix epoch, UTC
    std::string action;
    std::string actorType;
    std::optional<std::string> actorId;
    std::optional<std::string> actorRole;
    std::optional<std::string> apiKeyId;
    std::optional<std::string> subjectId;
    std::optional<std::string> resourceType;
    std::optional<std::string> resourceId;
    std::optional<std::string> ipAddress;
    std::optional<std::string> userAgent;
    std::optional<std::string> method;
    std::optional<std::string> path;
    std::optional<std::string> requestId;
    bool success = true;
    std::optional<std::string> errorDetail;
    std::optional<std::string> metadata; ///< JSON text, stored byte for byte
    std::optional<std::string> actorSealed;
    std::optional<std::string> subjectSealed;
    std::string prevHash;
    std::string hash;
};

/// The hash of the genesis entry's predecessor: 32 zero bytes.
std::string genesisHash();

/// SHA-256 over "aih-audit-v1", the previous hash, then each covered column in the order of
/// ChainEntry, each as 0x00 for NULL or 0x01, a 4-byte big-endian length and its bytes. Numbers
/// are decimal text, the flag is "true"/"false", ids are lowercase UUID text. docs/api.md
/// ("Audit log") documents this so an auditor can recompute hashes independently.
std::string entryHash(const ChainEntry& entry);

/// Standard base64 with padding (RFC 4648 section 4).
std::string toBase64(std::string_view bytes);

/// RFC 3339 in UTC with microseconds, the one timestamp form the trail shows and accepts back.
std::string timestampText(std::int64_t micros);

/// Empty input stays empty: a NULL column.
std::optional<std::string> nullIfEmpty(const std::string& text);

} // namespace aih::audit
