// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditChain.h"

#include "time/Rfc3339.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <sodium.h>

namespace aih::audit {
namespace {

class Hasher
{
public:
    Hasher() { crypto_hash_sha256_init(&state_); }

    void raw(std::string_view bytes)
    {
        crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()),
                                  bytes.size());
    }

    void field(const std::optional<std::string>& value)
    {
        if (!value) {
            raw(std::string_view("\0", 1));
            return;
        }
        const auto size = static_cast<std::uint32_t>(value->size());
        const char header[5] = {'\x01', static_cast<char>(size >> 24), static_cast<char>((size >> 16) & 0xff),
                                static_cast<char>((size >> 8) & 0xff), static_cast<char>(size & 0xff)};
        raw(std::string_view(header, sizeof header));
        raw(*value);
    }

    void field(const std::string& value) { field(std::optional<std::string>(value)); }

    std::string finish()
    {
        std::string digest(crypto_hash_sha256_BYTES, '\0');
        crypto_hash_sha256_final(&state_, reinterpret_cast<unsigned char*>(digest.data()));
        return digest;
    }

private:
    crypto_hash_sha256_state state_{};
};

} // namespace

std::string genesisHash()
{
    std::string zeros(crypto_hash_sha256_BYTES, '\0');
    return zeros;
}

std::string entryHash(const ChainEntry& e)
{
    Hasher h;
    h.raw("aih-audit-v1");
    h.raw(e.prevHash);
    h.field(e.tenantId);
    h.field(std::to_string(e.seq));
    h.field(e.id);
    h.field(std::to_string(e.occurredAtMicros));
    h.field(e.action);
    h.field(e.actorType);
    for (const auto* column : {&e.actorId, &e.actorRole, &e.apiKeyId, &e.subjectId, &e.resourceType,
                               &e.resourceId, &e.ipAddress, &e.userAgent, &e.method, &e.path, &e.requestId}) {
        h.field(*column);
    }
    h.field(std::string(e.success ? "true" : "false"));
    for (const auto* column : {&e.errorDetail, &e.metadata, &e.actorSealed, &e.subjectSealed}) {
        h.field(*column);
    }
    return h.finish();
}

std::string toBase64(std::string_view bytes)
{
    constexpr int variant = sodium_base64_VARIANT_ORIGINAL;
    std::string text(sodium_base64_ENCODED_LEN(bytes.size(), variant), '\0');
    sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), variant);
    text.pop_back();
    return text;
}

std::string timestampText(std::int64_t micros)
{
    return time::formatMicros(micros);
}

std::optional<std::string> nullIfEmpty(const std::string& text)
{
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

} // namespace aih::audit
