// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyVerifier.h"

#include "apikeys/ApiKeyFormat.h"
#include "auth/Secrets.h"
#include "http/ApiError.h"

#include <algorithm>
#include <ctime>
#include <sodium.h>

namespace aih::apikeys {
namespace {

using http::ApiError;
using http::ErrorCode;

constexpr db::Sql findKey{
    "api_keys.find_for_auth",
    "SELECT id, tenant_id, user_id, secret_hash, coalesce(previous_secret_hash, ''), "
    "coalesce(extract(epoch FROM previous_valid_until)::bigint, 0), array_to_string(scopes, ','), "
    "rate_limit, "
    "coalesce(extract(epoch FROM expires_at)::bigint, 0), revoked, owner_role, owner_active, tenant_tier, "
    "tenant_status, tenant_rate_limit FROM aih_find_api_key($1)"};
constexpr auto maxAge = std::chrono::minutes(5);
constexpr auto unknownMaxAge = std::chrono::seconds(10);
constexpr std::size_t maxEntries = 100'000;

[[noreturn]] void refuse(const char* why)
{
    throw ApiError(ErrorCode::Unauthenticated, why);
}

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
        scopes |= name == "read"    ? http::ScopeRead
                  : name == "write" ? http::ScopeWrite
                  : name == "admin" ? http::ScopeAdmin
                                    : 0u;
    }
    return scopes;
}

std::vector<std::string> scopeNames(unsigned scopes)
{
    std::vector<std::string> names;
    for (const auto& [bit, name] : {std::pair{http::ScopeRead, "read"}, std::pair{http::ScopeWrite, "write"},
                                    std::pair{http::ScopeAdmin, "admin"}}) {
        if (scopes & bit) {
            names.emplace_back(name);
        }
    }
    return names;
}

ApiKeyVerifier::ApiKeyVerifier(db::Database& database, const ApiKeyHasher& hasher,
                               tenancy::TenantPlans& plans)
    : database_(database), hasher_(hasher), plans_(plans)
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
    if (!key.acceptedDigest.empty() && auth::constantTimeEquals(digest, key.acceptedDigest)) {
        return true;
    }
    if (!hasher_.matches(secret, key.secretHash)) {
        return false;
    }
    std::unique_lock lock(mutex_);
    const auto it = cache_.find(publicId);
    // Only onto the very entry the secret was checked against: a rotation may have replaced it.
    if (it != cache_.end() && it->second.secretHash == key.secretHash) {
        it->second.acceptedDigest = std::move(digest);
    }
    return true;
}

http::Principal ApiKeyVerifier::verify(const std::string& text)
{
    const auto parsed = parseKey(text);
    if (!parsed) {
        refuse("The API key is not valid.");
    }
    const auto key = lookup(parsed->publicId);
    const auto now = static_cast<long long>(std::time(nullptr));
    if (!key.found || key.revoked || !key.ownerActive) {
        refuse("The API key is not valid.");
    }
    if (key.expiresAt != 0 && key.expiresAt <= now) {
        refuse("The API key has expired.");
    }
    bool previous = false;
    if (!matchesCurrentSecret(parsed->publicId, key, parsed->secret)) {
        previous = !key.previousHash.empty() && now < key.previousValidUntil &&
                   hasher_.matches(parsed->secret, key.previousHash);
        if (!previous) {
            refuse("The API key is not valid.");
        }
    }
    http::Principal principal;
    principal.kind = http::Principal::Kind::ApiKey;
    principal.userId = key.userId;
    principal.tenantId = key.tenantId;
    principal.apiKeyId = key.id;
    principal.apiKeyPublicId = parsed->publicId;
    principal.scopes = key.scopes;
    // A key never exceeds its owner's current role, and without the admin scope it acts as a
    // plain user whatever its owner may do.
    principal.role = (key.scopes & http::ScopeAdmin) ? key.ownerRole : Role::User;
    principal.keyRateLimit = key.rateLimit;
    principal.keyExpiresAt = key.expiresAt;
    principal.usedPreviousSecret = previous;
    return principal;
}

std::optional<KeyIdentity> ApiKeyVerifier::identify(const std::string& text)
{
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
    const auto now = std::chrono::steady_clock::now();
    {
        std::shared_lock lock(mutex_);
        const auto it = cache_.find(publicId);
        if (it != cache_.end() && now - it->second.loadedAt < (it->second.found ? maxAge : unknownMaxAge)) {
            cacheHits_.add();
            return it->second;
        }
    }
    cacheMisses_.add();
    std::uint64_t generation = 0;
    {
        std::shared_lock lock(mutex_);
        generation = generation_;
    }
    auto key = load(publicId);
    std::unique_lock lock(mutex_);
    // A change announced while we were reading may not be in what we read: use it, don't keep it.
    if (generation != generation_) {
        return key;
    }
    if (cache_.size() >= maxEntries) {
        cache_.clear();
    }
    cache_[publicId] = key;
    if (key.found) {
        plans_.put(key.tenantId, key.plan);
    }
    return key;
}

ApiKeyVerifier::CachedKey ApiKeyVerifier::load(const std::string& publicId)
{
    CachedKey key;
    key.loadedAt = std::chrono::steady_clock::now();
    const auto rows = database_.inPlatform([&](db::Transaction& tx) { return tx.exec(findKey, publicId); });
    if (rows.empty()) {
        return key;
    }
    const auto& row = rows[0];
    key.found = true;
    key.id = row[0].as<std::string>();
    key.tenantId = row[1].as<std::string>();
    key.userId = row[2].as<std::string>();
    key.secretHash = row[3].as<std::string>();
    key.previousHash = row[4].as<std::string>();
    key.previousValidUntil = row[5].as<long long>();
    key.scopes = scopesFromNames(split(row[6].as<std::string>()));
    key.rateLimit = row[7].as<int>();
    key.expiresAt = row[8].as<long long>();
    key.revoked = row[9].as<bool>();
    key.ownerRole = roleFromName(row[10].as<std::string>()).value_or(Role::User);
    key.ownerActive = row[11].as<bool>();
    key.plan = {tierFromName(row[12].as<std::string>()).value_or(Tier::Free), row[13].as<std::string>(),
                row[14].as<int>()};
    return key;
}

void ApiKeyVerifier::onChange(const std::string& payload)
{
    std::unique_lock lock(mutex_);
    ++generation_;
    if (payload == "*") {
        cache_.clear();
    } else if (payload.starts_with("key:")) {
        cache_.erase(payload.substr(4));
    } else if (payload.starts_with("user:")) {
        const auto userId = payload.substr(5);
        std::erase_if(cache_, [&](const auto& entry) { return entry.second.userId == userId; });
    }
}

} // namespace aih::apikeys
