// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyService.h"

#include "apikeys/ApiKeyFormat.h"
#include "apikeys/ApiKeyJson.h"
#include "apikeys/ApiKeyVerifier.h"
#include "errors/ApiError.h"
#include "tenancy/PlanGate.h"
#include "time/Clock.h"
#include "time/Rfc3339.h"
#include "users/UserStore.h"
#include "util/AddressBlock.h"
#include "webhooks/EventOutbox.h"

#include <Poco/JSON/Array.h>
#include <Poco/String.h>

namespace aih::apikeys {
namespace {

using errors::ApiError;
using errors::ErrorCode;

// Far above what one instance serves a key in a second, so only a typo is refused.
constexpr long long maxBurstLimit = 100'000;

void validate(const NewApiKey& request, const tenancy::TenantPlan& plan, Role ownerRole)
{
    ApiError invalid(ErrorCode::ValidationFailed, "The request has invalid fields.");
    if (request.name.empty() || request.name.size() > 100) {
        invalid.withField("name", "must be 1 to 100 characters");
    }
    if (request.scopes.empty() || scopesFromNames(request.scopes) == 0 ||
        scopeNames(scopesFromNames(request.scopes)).size() != request.scopes.size()) {
        invalid.withField("scopes", "must be distinct values among read, write, admin");
    }
    if (request.rateLimit && (*request.rateLimit < 1 || *request.rateLimit > plan.apiRateLimit)) {
        invalid.withField("rate_limit", "must be from 1 to the tenant's " +
                                            std::to_string(plan.apiRateLimit) + " per hour");
    }
    if (request.burstLimit && (*request.burstLimit < 1 || *request.burstLimit > maxBurstLimit)) {
        invalid.withField("burst_limit",
                          "must be null or from 1 to " + std::to_string(maxBurstLimit) + " per second");
    }
    if (request.mode != "live" && request.mode != "test") {
        invalid.withField("mode", "must be live or test");
    }
    if (request.expiresAt) {
        const auto parsed = time::parseRfc3339(*request.expiresAt);
        if (!parsed.micros) {
            invalid.withField("expires_at", "must be an RFC 3339 timestamp");
        } else if (*parsed.micros <= time::systemClock().nowMicros()) {
            invalid.withField("expires_at", "must be in the future");
        }
    }
    if (request.allowedIps) {
        if (request.allowedIps->empty()) {
            invalid.withField("allowed_ips", "must list at least one block, or be null for anywhere");
        }
        for (const auto& block : *request.allowedIps) {
            try {
                // One block per item: the stored list is split on commas and spaces.
                if (block.find_first_of(", \t\r\n") != std::string::npos) {
                    throw std::invalid_argument(block);
                }
                util::AddressBlock::parse(block);
            } catch (const std::invalid_argument&) {
                invalid.withField("allowed_ips", "must be CIDR blocks such as 203.0.113.0/24: " + block);
                break;
            }
        }
    }
    if (!invalid.fieldErrors().empty()) {
        throw invalid;
    }
    if ((scopesFromNames(request.scopes) & identity::ScopeAdmin) && ownerRole < Role::Manager) {
        throw ApiError(ErrorCode::Forbidden, "Only admins and managers can hold keys with the admin scope.");
    }
}

std::optional<int> intOrNothing(std::optional<long long> number)
{
    return number ? std::optional(static_cast<int>(*number)) : std::nullopt;
}

/// The key's name is typed by its owner and may well hold their name: sealed as personal data.
audit::AuditEvent keyEvent(const identity::Caller& caller, std::string action, const ApiKey& key)
{
    return audit::eventFrom(caller, std::move(action))
        .on("api_key", key.id)
        .about(key.userId, {{"key_name", key.name}})
        .with("prefix", displayPrefix(key.mode, key.publicId));
}

} // namespace

ApiKeyService::ApiKeyService(db::Database& database, const ApiKeyHasher& hasher, tenancy::TenantPlans& plans,
                             const audit::AuditLog& audit, db::Announce announce)
    : database_(database), hasher_(hasher), plans_(plans), audit_(audit), announce_(std::move(announce))
{
}

IssuedKey ApiKeyService::create(identity::Caller& caller, const NewApiKey& request)
{
    const auto plan = plans_.get(caller.tenantId);
    tenancy::requireFeature(plan, "api_access");
    const auto generated = generateKey(request.mode);
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        // The role checked is the one the actor check just read from the database.
        validate(request, plan, caller.principal.role);
        NewApiKeyRow row{caller.principal.userId,
                         request.name,
                         request.mode,
                         generated.publicId,
                         hasher_.hash(generated.secret),
                         request.scopes,
                         static_cast<int>(request.rateLimit.value_or(plan.apiRateLimit)),
                         request.expiresAt,
                         request.allowedIps,
                         intOrNothing(request.burstLimit)};
        const auto id = ApiKeyStore::insert(tx, row);
        auto key = *ApiKeyStore::find(tx, id);
        Poco::JSON::Array::Ptr scopes = new Poco::JSON::Array;
        for (const auto& scope : key.scopes) {
            scopes->add(scope);
        }
        audit_.record(tx, keyEvent(caller, "api_key.create", key)
                              .with("scopes", scopes)
                              .with("rate_limit", key.rateLimit)
                              .with("mode", key.mode)
                              .with("burst_limit", key.burstLimit ? Poco::Dynamic::Var(*key.burstLimit)
                                                                  : Poco::Dynamic::Var())
                              .with("expires_at", key.expiresAt.empty() ? Poco::Dynamic::Var()
                                                                        : Poco::Dynamic::Var(key.expiresAt)));
        return IssuedKey{std::move(key), generated.text};
    });
}

ApiKeyPage ApiKeyService::list(identity::Caller& caller, bool all, int limit,
                               const std::optional<std::string>& cursor)
{
    const auto position = db::Keyset::parse(cursor);
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        if (all && !canListUsers(caller.principal.role)) {
            throw ApiError(ErrorCode::Forbidden,
                           "Only admins and managers can list every key of the tenant.");
        }
        return ApiKeyStore::list(tx, all ? std::string() : caller.principal.userId, limit, position);
    });
}

ApiKey ApiKeyService::ownedOrAdministered(db::Transaction& tx, const identity::Caller& caller,
                                          const std::string& id)
{
    auto key = ApiKeyStore::find(tx, id);
    // Someone else's key is invisible to a non-admin, exactly like a key that does not exist.
    if (!key || (key->userId != caller.principal.userId && caller.principal.role != Role::Admin)) {
        throw ApiError(ErrorCode::NotFound, "No such API key.");
    }
    return *key;
}

IssuedKey ApiKeyService::rotate(identity::Caller& caller, const std::string& id, long long graceSeconds)
{
    if (graceSeconds < 0 || graceSeconds > maxGraceSeconds) {
        throw ApiError::validation("grace_seconds", "must be from 0 to 604800 (7 days)");
    }
    auto issued = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto key = ownedOrAdministered(tx, caller, id);
        if (!key.revokedAt.empty() || key.expired) {
            throw ApiError(ErrorCode::Conflict,
                           "A revoked or expired key cannot be rotated; create a new one.");
        }
        const auto fresh = regenerateSecret(key.mode, key.publicId);
        ApiKeyStore::rotate(tx, id, hasher_.hash(fresh.secret), graceSeconds);
        auto event = keyEvent(caller, "api_key.rotate", key).with("grace_seconds", graceSeconds);
        if (key.userId != caller.principal.userId) {
            // An admin rotating a member's key is handed the new secret: say so in the trail, so
            // calls made with it afterwards can be traced to whoever held it.
            event.with("secret_issued_to", caller.principal.userId);
        }
        audit_.record(tx, event);
        return IssuedKey{*ApiKeyStore::find(tx, id), fresh.text};
    });
    announce_(db::Change::key(issued.key.publicId));
    return issued;
}

ApiKey ApiKeyService::update(identity::Caller& caller, const std::string& id, const KeyChanges& changes)
{
    const auto plan = plans_.get(caller.tenantId);
    auto updated = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto key = ownedOrAdministered(tx, caller, id);
        if (!key.revokedAt.empty()) {
            throw ApiError(ErrorCode::Conflict, "A revoked key cannot change; create a new one.");
        }
        // Checked as a new key with these values would be: the rate limit and expiry only when
        // they change (a plan may have shrunk since), the admin scope against the key's owner.
        NewApiKey merged;
        merged.name = changes.name.value_or(key.name);
        merged.scopes = changes.scopes.value_or(key.scopes);
        merged.rateLimit = changes.rateLimit;
        merged.expiresAt = changes.expiresAt.value_or(std::nullopt);
        merged.mode = key.mode;
        merged.allowedIps = changes.allowedIps ? *changes.allowedIps : key.allowedIps;
        merged.burstLimit = changes.burstLimit ? *changes.burstLimit
                            : key.burstLimit   ? std::optional<long long>(*key.burstLimit)
                                               : std::nullopt;
        const auto owner = users::UserStore::findById(tx, key.userId);
        validate(merged, plan, owner ? owner->role : Role::User);

        KeyRowChange row{
            merged.name,
            merged.scopes,
            static_cast<int>(changes.rateLimit.value_or(key.rateLimit)),
            changes.expiresAt
                ? *changes.expiresAt
                : (key.expiresAt.empty() ? std::nullopt : std::optional<std::string>(key.expiresAt)),
            merged.allowedIps,
            intOrNothing(merged.burstLimit)};
        ApiKeyStore::update(tx, id, row);
        auto after = *ApiKeyStore::find(tx, id);
        Poco::JSON::Array::Ptr scopes = new Poco::JSON::Array;
        for (const auto& scope : after.scopes) {
            scopes->add(scope);
        }
        audit_.record(
            tx, keyEvent(caller, "api_key.update", after)
                    .with("scopes", scopes)
                    .with("rate_limit", after.rateLimit)
                    .with("expires_at", after.expiresAt.empty() ? Poco::Dynamic::Var()
                                                                : Poco::Dynamic::Var(after.expiresAt))
                    .with("renamed", changes.name.has_value() && *changes.name != key.name)
                    .with("burst_limit",
                          after.burstLimit ? Poco::Dynamic::Var(*after.burstLimit) : Poco::Dynamic::Var())
                    .with("allowed_ips", after.allowedIps ? Poco::Dynamic::Var(Poco::cat(
                                                                std::string(","), after.allowedIps->begin(),
                                                                after.allowedIps->end()))
                                                          : Poco::Dynamic::Var()));
        return after;
    });
    // Every instance's verifier drops what it holds of the key, so new scopes and limits hold at once.
    announce_(db::Change::key(updated.publicId));
    return updated;
}

void ApiKeyService::revoke(identity::Caller& caller, const std::string& id)
{
    const auto publicId = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto key = ownedOrAdministered(tx, caller, id);
        ApiKeyStore::revoke(tx, id);
        if (key.revokedAt.empty()) {
            webhooks::EventOutbox::publish(tx, "key.revoked", toJson(*ApiKeyStore::find(tx, id)));
        }
        // The audit chain's lock is the transaction's last (see AuditLog).
        audit_.record(tx,
                      keyEvent(caller, "api_key.revoke", key).with("was_revoked", !key.revokedAt.empty()));
        return key.publicId;
    });
    announce_(db::Change::key(publicId));
}

} // namespace aih::apikeys
