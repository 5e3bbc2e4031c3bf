// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKeyHasher.h"
#include "cache/FoundOrMissingCache.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Principal.h"
#include "observability/MetricsSource.h"
#include "tenancy/TenantPlans.h"

#include <array>
#include <chrono>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace aih::apikeys {

/// The stored key a presented key names, without any claim that its secret was right.
struct KeyIdentity
{
    std::string id;
    std::string tenantId;
    std::string userId;
};

/// Verifies `aih_` keys on the request path. Keys are cached by public id after their first
/// lookup, so a busy key costs no database round trip; the ChangeListener evicts an entry the
/// moment its key, owner or tenant changes on any instance (revocation, rotation, role change,
/// deactivation), and entries expire after five minutes as a safety net. The cache is bounded.
class ApiKeyVerifier final : public observability::MetricsSource
{
public:
    void writeMetrics(observability::PrometheusWriter& out) const override;
    ApiKeyVerifier(db::Database& database, const ApiKeyHasher& hasher, tenancy::TenantPlans& plans);

    /// The principal the key proves; throws 401 for a malformed, unknown, revoked or expired key,
    /// or one whose owner is no longer active.
    identity::Principal verify(const std::string& key);
    /// Which known key a refused key names, so the refusal can be audited in that key's tenant;
    /// nothing for a malformed or unknown key. Right after `verify` refused this very key on
    /// this thread (the pipeline's refusal step), that refusal answers without a second parse
    /// or cache lookup.
    std::optional<KeyIdentity> identify(const std::string& key);
    void onChange(const db::Change& change);

    /// Lookups answered from the cache, and those that went to the database (for /metrics).
    std::uint64_t cacheHits() const { return cache_.hits(); }
    std::uint64_t cacheMisses() const { return cache_.misses(); }

private:
    struct CachedKey
    {
        bool found = false;
        std::string id;
        std::string tenantId;
        std::string userId;
        std::string mode; ///< `live` or `test`, as the key's prefix must say
        std::string secretHash;
        std::string previousHash;
        long long previousValidUntil = 0;
        unsigned scopes = 0;
        int rateLimit = 0;
        int burstLimit = 0; ///< per second on this instance; 0: none
        long long expiresAt = 0;
        bool revoked = false;
        Role ownerRole = Role::User;
        bool ownerActive = false;
        tenancy::TenantPlan plan;
        std::shared_ptr<const std::vector<util::AddressBlock>> networks; ///< null: anywhere
        /// Keyed digest of the secret last proven against secretHash, empty until one was.
        std::string acceptedDigest;
    };

    CachedKey lookup(const std::string& publicId);
    /// The principal `text` proves, or nothing with `why` set.
    std::optional<identity::Principal> check(const std::string& text, const char*& why);
    /// Nothing, with `reason` set to `why`; remembers for `identify` on this thread which key
    /// (if any) was refused.
    std::optional<identity::Principal> refused(const std::string& text, const CachedKey* key, const char* why,
                                               const char*& reason) const;
    CachedKey load(const std::string& publicId);
    bool matchesCurrentSecret(const std::string& publicId, const CachedKey& key, std::string_view secret);

    db::Database& database_;
    const ApiKeyHasher& hasher_;
    tenancy::TenantPlans& plans_;
    /// A per-process random key for acceptedDigest (BLAKE2b): a secret seen before is recognised
    /// with one fast keyed hash instead of the HMAC-SHA256 that proves it against the database.
    std::array<unsigned char, 32> digestKey_{};
    cache::FoundOrMissingCache<CachedKey> cache_;
};

/// Scope names to bits and back.
unsigned scopesFromNames(const std::vector<std::string>& names);
std::vector<std::string> scopeNames(unsigned scopes);

} // namespace aih::apikeys
