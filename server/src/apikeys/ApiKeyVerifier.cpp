// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyVerifier.h"

#include "apikeys/ApiKeyFormat.h"
#include "crypto/Secrets.h"
#include "db/Fields.h"
#include "errors/ApiError.h"
#include "time/Clock.h"

#include <algorithm>
#include <sodium.h>

namespace aih::apikeys {
namespace {

using errors::ApiError;
using errors::ErrorCode;

constexpr db::Sql findKeyForAuthSql{"api_keys.find_for_auth", R"sql(
    SELECT id,
           tenant_id,
           user_id,
           mode,
           secret_hash,
           coalesce(previous_secret_hash, '') AS previous_secret_hash,
           coalesce(extract(epoch FROM previous_valid_until)::bigint, 0) AS previous_valid_until_epoch,
           array_to_string(scopes, ',') AS scopes,
           rate_limit,
           coalesce(extract(epoch FROM expires_at)::bigint, 0) AS expires_at_epoch,
           revoked,
           owner_role,
           owner_active,
           tenant_tier,
           tenant_status,
           tenant_rate_limit,
           tenant_suspended,
           array_to_string(allowed_ips, ',') AS allowed_ips,
           tenant_monthly_quota_override,
           burst_limit
      FROM aih_find_api_key($1)
)sql"};
constexpr auto maxAge = std::chrono::minutes(5);
constexpr auto unknownMaxAge = std::chrono::seconds(10);
constexpr std::size_t maxEntries = 100'000;
constexpr std::size_t maxUnknownEntries = 20'000;

/// Out of line, so the detail's temporary string is gone before `verify` throws.
[[gnu::noinline]] ApiError unauthenticated(const char* why)
{
    return ApiError(ErrorCode::Unauthenticated, why);
}

/// The last key `verify` refused on this thread, for the refusal step's `identify` right after.
struct LastRefusal
{
    const void* verifier = nullptr;
    std::string text;
    std::optional<KeyIdentity> key;
};
thread_local LastRefusal lastRefusal;

std::vector<std::string> split(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        if (end > start) {
            parts.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return parts;
}

} // namespace

unsigned scopesFromNames(const std::vector<std::string>& names)
{
    unsigned scopes = 0;
    for (const auto& name : names) {
        scopes |= name == "read"    ? identity::ScopeRead
                  : name == "write" ? identity::ScopeWrite
                  : name == "admin" ? identity::ScopeAdmin
                                    : 0u;
    }
    return scopes;
}

std::vector<std::string> scopeNames(unsigned scopes)
{
    std::vector<std::string> names;
    for (const auto& [bit, name] :
         {std::pair{identity::ScopeRead, "read"}, std::pair{identity::ScopeWrite, "write"},
          std::pair{identity::ScopeAdmin, "admin"}}) {
        if (scopes & bit) {
            names.emplace_back(name);
        }
    }
    return names;
}

ApiKeyVerifier::ApiKeyVerifier(db::Database& database, const ApiKeyHasher& hasher,
                               tenancy::TenantPlans& plans)
    : database_(database), hasher_(hasher), plans_(plans),
      // An unknown id is kept briefly (a key created on another instance appears soon), and apart
      // from the known ones, so made-up ids never push a real key out.
      cache_({maxAge, maxEntries}, {unknownMaxAge, maxUnknownEntries},
             [](const CachedKey& key) { return key.found; })
{
    randombytes_buf(digestKey_.data(), digestKey_.size());
}

bool ApiKeyVerifier::matchesCurrentSecret(const std::string& publicId, const CachedKey& key,
                                          std::string_view secret)
{
    // The digest is as hard to forge as the HMAC (128 bits under a key that never leaves this
    // process), so accepting it is accepting a secret that matched the stored hash before.
    std::string digest(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), digest.size(),
                       reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                       digestKey_.data(), digestKey_.size());
    if (!key.acceptedDigest.empty() && crypto::constantTimeEquals(digest, key.acceptedDigest)) {
        return true;
    }
    if (!hasher_.matches(secret, key.secretHash)) {
        return false;
    }
    cache_.update(publicId, [&](CachedKey& kept) {
        // Only onto the very entry the secret was checked against: a rotation may have replaced it.
        if (kept.secretHash == key.secretHash) {
            kept.acceptedDigest = std::move(digest);
        }
    });
    return true;
}

std::optional<identity::Principal> ApiKeyVerifier::refused(const std::string& text, const CachedKey* key,
                                                           const char* why, const char*& reason) const
{
    lastRefusal.verifier = this;
    lastRefusal.text = text;
    lastRefusal.key.reset();
    if (key != nullptr && key->found) {
        lastRefusal.key = KeyIdentity{key->id, key->tenantId, key->userId};
    }
    reason = why;
    return std::nullopt;
}

identity::Principal ApiKeyVerifier::verify(const std::string& text)
{
    const char* why = nullptr;
    if (auto principal = check(text, why)) {
        return std::move(*principal);
    }
    // Thrown where nothing is left to destroy: unwinding through frames that clean up cost a
    // refusal more than the rest of its request.
    throw unauthenticated(why);
}

std::optional<identity::Principal> ApiKeyVerifier::check(const std::string& text, const char*& why)
{
    // A made-up or mistyped key fails its checksum here: no lookup, no database, no tenant.
    const auto parsed = parseKey(text);
    if (!parsed) {
        return refused(text, nullptr, "The API key is not valid.", why);
    }
    const auto key = lookup(parsed->publicId);
    const auto now = static_cast<long long>(time::systemClock().nowSeconds());
    // The prefix is the key's claim to a mode: a live secret under a test prefix is not that key.
    if (!key.found || key.revoked || !key.ownerActive || key.mode != parsed->mode) {
        return refused(text, &key, "The API key is not valid.", why);
    }
    if (key.expiresAt != 0 && key.expiresAt <= now) {
        return refused(text, &key, "The API key has expired.", why);
    }
    bool previous = false;
    if (!matchesCurrentSecret(parsed->publicId, key, parsed->secret)) {
        previous = !key.previousHash.empty() && now < key.previousValidUntil &&
                   hasher_.matches(parsed->secret, key.previousHash);
        if (!previous) {
            return refused(text, &key, "The API key is not valid.", why);
        }
    }
    identity::Principal principal;
    principal.kind = identity::Principal::Kind::ApiKey;
    principal.userId = key.userId;
    principal.tenantId = key.tenantId;
    principal.apiKeyId = key.id;
    principal.apiKeyPublicId = parsed->publicId;
    principal.scopes = key.scopes;
    // A key never exceeds its owner's current role, and without the admin scope it acts as a
    // plain user whatever its owner may do.
    principal.role = (key.scopes & identity::ScopeAdmin) ? key.ownerRole : Role::User;
    principal.keyRateLimit = key.rateLimit;
    principal.keyBurstLimit = key.burstLimit;
    principal.keyExpiresAt = key.expiresAt;
    principal.usedPreviousSecret = previous;
    principal.keyNetworks = key.networks;
    return principal;
}

std::optional<KeyIdentity> ApiKeyVerifier::identify(const std::string& text)
{
    if (lastRefusal.verifier == this && lastRefusal.text == text) {
        lastRefusal.verifier = nullptr;
        return std::move(lastRefusal.key);
    }
    const auto parsed = parseKey(text);
    if (!parsed) {
        return std::nullopt;
    }
    const auto key = lookup(parsed->publicId);
    if (!key.found) {
        return std::nullopt;
    }
    return KeyIdentity{key.id, key.tenantId, key.userId};
}

ApiKeyVerifier::CachedKey ApiKeyVerifier::lookup(const std::string& publicId)
{
    auto fetched = cache_.get(publicId, [&] { return load(publicId); });
    if (fetched.source == cache::Source::LoadedAndKept && fetched.value.found) {
        plans_.put(fetched.value.tenantId, fetched.value.plan);
    }
    return std::move(fetched.value);
}

ApiKeyVerifier::CachedKey ApiKeyVerifier::load(const std::string& publicId)
{
    CachedKey key;
    const auto rows =
        database_.inPlatform([&](db::Transaction& tx) { return tx.exec(findKeyForAuthSql, publicId); });
    if (rows.empty()) {
        return key;
    }
    const auto& row = rows[0];
    key.found = true;
    key.id = row["id"].as<std::string>();
    key.tenantId = row["tenant_id"].as<std::string>();
    key.userId = row["user_id"].as<std::string>();
    key.mode = row["mode"].as<std::string>();
    key.secretHash = row["secret_hash"].as<std::string>();
    key.previousHash = row["previous_secret_hash"].as<std::string>();
    key.previousValidUntil = row["previous_valid_until_epoch"].as<long long>();
    key.scopes = scopesFromNames(split(row["scopes"].as<std::string>()));
    key.rateLimit = row["rate_limit"].as<int>();
    key.burstLimit = db::optionalInt(row["burst_limit"]).value_or(0);
    key.expiresAt = row["expires_at_epoch"].as<long long>();
    key.revoked = row["revoked"].as<bool>();
    key.ownerRole = roleFromName(row["owner_role"].as<std::string>()).value_or(Role::User);
    key.ownerActive = row["owner_active"].as<bool>();
    const auto tier = tierFromName(row["tenant_tier"].as<std::string>()).value_or(Tier::Free);
    key.plan = {tier, row["tenant_status"].as<std::string>(), row["tenant_rate_limit"].as<int>(),
                row["tenant_suspended"].as<bool>(),
                tenancy::monthlyQuotaOf(tier, db::optionalInt(row["tenant_monthly_quota_override"]))};
    if (!row["allowed_ips"].is_null()) {
        auto blocks = std::make_shared<std::vector<util::AddressBlock>>();
        try {
            *blocks = util::parseAddressBlocks(row["allowed_ips"].as<std::string>());
        } catch (const std::invalid_argument&) {
            // Saved blocks were checked; one that no longer parses admits no address at all.
            blocks->clear();
        }
        key.networks = std::move(blocks);
    }
    return key;
}

void ApiKeyVerifier::onChange(const db::Change& change)
{
    using Subject = db::Change::Subject;
    switch (change.subject) {
    case Subject::Everything:
        cache_.clear();
        break;
    case Subject::Key:
        cache_.erase(change.id);
        break;
    case Subject::User:
        cache_.eraseIf([&](const CachedKey& key) { return key.userId == change.id; });
        break;
    case Subject::Tenant:
        // Each key carries its tenant's plan (suspension included) into TenantPlans when loaded.
        cache_.eraseIf([&](const CachedKey& key) { return key.tenantId == change.id; });
        break;
    default:
        break;
    }
}

void ApiKeyVerifier::writeMetrics(observability::PrometheusWriter& out) const
{
    observability::counterFamily(out, "aih_api_key_cache_lookups_total",
                                 "API-key lookups answered from the cache or the database.", "result",
                                 {{"hit", cacheHits()}, {"miss", cacheMisses()}});
}

} // namespace aih::apikeys
