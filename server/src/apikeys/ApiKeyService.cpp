// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyService.h"

#include "apikeys/ApiKeyFormat.h"
#include "apikeys/ApiKeyVerifier.h"
#include "http/ApiError.h"
#include "tenancy/PlanGate.h"

#include <Poco/DateTimeParser.h>
#include <Poco/JSON/Array.h>
#include <Poco/Timestamp.h>

namespace aih::apikeys {
namespace {

using http::ApiError;
using http::ErrorCode;

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
        invalid.withField("rate_limit",
                          "must be from 1 to the plan's " + std::to_string(plan.apiRateLimit) + " per hour");
    }
    if (request.mode != "live" && request.mode != "test") {
        invalid.withField("mode", "must be live or test");
    }
    if (request.expiresAt) {
        Poco::DateTime parsed;
        int tz = 0;
        if (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FORMAT, *request.expiresAt, parsed,
                                            tz) &&
            !Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, *request.expiresAt,
                                            parsed, tz)) {
            invalid.withField("expires_at", "must be an RFC 3339 timestamp");
        } else if (parsed.timestamp() - Poco::Timespan(tz, 0).totalMicroseconds() <= Poco::Timestamp()) {
            invalid.withField("expires_at", "must be in the future");
        }
    }
    if (!invalid.fieldErrors().empty()) {
        throw invalid;
    }
    if ((scopesFromNames(request.scopes) & http::ScopeAdmin) && ownerRole < Role::Manager) {
        throw ApiError(ErrorCode::Forbidden, "Only admins and managers can hold keys with the admin scope.");
    }
}

/// The key's name is typed by its owner and may well hold their name: sealed as personal data.
audit::AuditEvent keyEvent(const http::RequestContext& ctx, std::string action, const ApiKey& key)
{
    return audit::eventFrom(ctx, std::move(action))
        .on("api_key", key.id)
        .about(key.userId, {{"key_name", key.name}})
        .with("prefix", displayPrefix(key.mode, key.publicId));
}

} // namespace

ApiKeyService::ApiKeyService(const ApiKeyHasher& hasher, tenancy::TenantPlans& plans,
                             const audit::AuditLog& audit, Announce announce)
    : hasher_(hasher), plans_(plans), audit_(audit), announce_(std::move(announce))
{
}

IssuedKey ApiKeyService::create(http::RequestContext& ctx, const NewApiKey& request)
{
    const auto plan = plans_.get(ctx.tenantId);
    tenancy::requireFeature(plan, "api_access");
    const auto generated = generateKey(request.mode);
    return ctx.inTenant([&](db::Transaction& tx) {
        // The role checked is the one the actor check just read from the database.
        validate(request, plan, ctx.principal.role);
        NewApiKeyRow row{ctx.principal.userId,
                         request.name,
                         request.mode,
                         generated.publicId,
                         hasher_.hash(generated.secret),
                         request.scopes,
                         static_cast<int>(request.rateLimit.value_or(plan.apiRateLimit)),
                         request.expiresAt};
        const auto id = ApiKeyStore::insert(tx, row);
        auto key = *ApiKeyStore::find(tx, id);
        Poco::JSON::Array::Ptr scopes = new Poco::JSON::Array;
        for (const auto& scope : key.scopes) {
            scopes->add(scope);
        }
        audit_.record(tx, keyEvent(ctx, "api_key.create", key)
                              .with("scopes", scopes)
                              .with("rate_limit", key.rateLimit)
                              .with("mode", key.mode)
                              .with("expires_at", key.expiresAt.empty() ? Poco::Dynamic::Var()
                                                                        : Poco::Dynamic::Var(key.expiresAt)));
        return IssuedKey{std::move(key), generated.text};
    });
}

ApiKeyPage ApiKeyService::list(http::RequestContext& ctx, bool all, int limit,
                               const std::optional<std::string>& cursor)
{
    const auto position = db::Keyset::parse(cursor);
    return ctx.inTenant([&](db::Transaction& tx) {
        if (all && !canListUsers(ctx.principal.role)) {
            throw ApiError(ErrorCode::Forbidden,
                           "Only admins and managers can list every key of the tenant.");
        }
        return ApiKeyStore::list(tx, all ? std::string() : ctx.principal.userId, limit, position);
    });
}

ApiKey ApiKeyService::ownedOrAdministered(db::Transaction& tx, const http::RequestContext& ctx,
                                          const std::string& id)
{
    auto key = ApiKeyStore::find(tx, id);
    // Someone else's key is invisible to a non-admin, exactly like a key that does not exist.
    if (!key || (key->userId != ctx.principal.userId && ctx.principal.role != Role::Admin)) {
        throw ApiError(ErrorCode::NotFound, "No such API key.");
    }
    return *key;
}

IssuedKey ApiKeyService::rotate(http::RequestContext& ctx, const std::string& id, long long graceSeconds)
{
    if (graceSeconds < 0 || graceSeconds > maxGraceSeconds) {
        throw ApiError::validation("grace_seconds", "must be from 0 to 604800 (7 days)");
    }
    auto issued = ctx.inTenant([&](db::Transaction& tx) {
        const auto key = ownedOrAdministered(tx, ctx, id);
        if (!key.revokedAt.empty() || key.expired) {
            throw ApiError(ErrorCode::Conflict,
                           "A revoked or expired key cannot be rotated; create a new one.");
        }
        const auto fresh = regenerateSecret(key.mode, key.publicId);
        ApiKeyStore::rotate(tx, id, hasher_.hash(fresh.secret), graceSeconds);
        audit_.record(tx, keyEvent(ctx, "api_key.rotate", key).with("grace_seconds", graceSeconds));
        return IssuedKey{*ApiKeyStore::find(tx, id), fresh.text};
    });
    announce_("key:" + issued.key.publicId);
    return issued;
}

void ApiKeyService::revoke(http::RequestContext& ctx, const std::string& id)
{
    const auto publicId = ctx.inTenant([&](db::Transaction& tx) {
        const auto key = ownedOrAdministered(tx, ctx, id);
        ApiKeyStore::revoke(tx, id);
        audit_.record(tx, keyEvent(ctx, "api_key.revoke", key).with("was_revoked", !key.revokedAt.empty()));
        return key.publicId;
    });
    announce_("key:" + publicId);
}

} // namespace aih::apikeys
