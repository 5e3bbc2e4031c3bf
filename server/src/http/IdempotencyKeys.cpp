// SPDX-License-Identifier: Apache-2.0
#include "http/IdempotencyKeys.h"

#include "crypto/Hex.h"
#include "crypto/SecretBox.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "http/Route.h"
#include "logging/Logger.h"
#include "util/RandomUuid.h"

#include <algorithm>

namespace aih::http {
namespace {

using errors::ApiError;
using errors::ErrorCode;

const logging::Logger idempotencyKeysLogger("idempotency");

// Expired keys of the tenant (or of the platform) go a few at a time with each claim, and a stale
// claim of this very key goes before it is claimed again.
constexpr db::Sql purgeSql{"idempotency.purge", R"sql(
    DELETE FROM idempotency_keys
     WHERE ctid IN (SELECT ctid FROM idempotency_keys
                     WHERE tenant_id IS NOT DISTINCT FROM aih_current_tenant() AND expires_at < now()
                     LIMIT 20)
        OR (scope = $1 AND key = $2 AND status IS NULL AND locked_until < now())
)sql"};

constexpr db::Sql claimSql{"idempotency.claim", R"sql(
    INSERT INTO idempotency_keys (scope, key, tenant_id, fingerprint, claim, locked_until, expires_at)
    VALUES ($1, $2, aih_current_tenant(), $3, $4::uuid, now() + make_interval(secs => $5::double precision),
            now() + make_interval(secs => $6::double precision))
    ON CONFLICT (scope, key) DO NOTHING
)sql"};

constexpr db::Sql findSql{"idempotency.find", R"sql(
    SELECT fingerprint, status, coalesce(content_type, '') AS content_type, encode(body, 'hex') AS body
      FROM idempotency_keys
     WHERE scope = $1 AND key = $2 AND expires_at >= now()
)sql"};

constexpr db::Sql completeSql{"idempotency.complete", R"sql(
    UPDATE idempotency_keys SET status = $4, content_type = $5, body = decode($6, 'hex')
     WHERE scope = $1 AND key = $2 AND claim = $3::uuid
)sql"};

constexpr db::Sql releaseSql{"idempotency.release", R"sql(
    DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND claim = $3::uuid AND status IS NULL
)sql"};

constexpr char keyContext[9] = "aihidemp";

bool wellFormed(const std::string& key)
{
    return !key.empty() && key.size() <= 255 &&
           std::ranges::all_of(key, [](char c) { return c >= 0x21 && c <= 0x7e; });
}

std::string sealContext(const std::string& scope, const std::string& key)
{
    return "idempotent-answer:" + scope + "\n" + key;
}

/// Whose key it is: another credential's key with the same text is another key.
std::string scopeOf(const RequestContext& ctx)
{
    const auto& principal = ctx.principal;
    if (principal.isApiKey()) {
        return "key:" + principal.apiKeyId;
    }
    if (principal.isOperator()) {
        // Each operator account's keys are its own; the token's are the token's.
        const auto who = principal.operatorId.empty() ? std::string("token") : principal.operatorId;
        return "operator:" + who + ":" + (ctx.tenantId.empty() ? std::string("platform") : ctx.tenantId);
    }
    return "user:" + principal.userId;
}

} // namespace

IdempotencyKeys::IdempotencyKeys(db::Database& database, std::string_view serverSecret)
    : database_(database), sealingKey_(crypto::deriveKey(serverSecret, keyContext, 1)),
      fingerprintKey_(crypto::deriveKey(serverSecret, keyContext, 2))
{
}

template <typename Work> auto IdempotencyKeys::inScope(const std::string& tenantId, Work&& work) const
{
    return tenantId.empty() ? database_.inPlatform(std::forward<Work>(work))
                            : database_.inTenant(tenantId, std::forward<Work>(work));
}

IdempotencyKeys::Begun IdempotencyKeys::begin(const RequestContext& ctx) const
{
    const auto& key = ctx.header("Idempotency-Key");
    // Open and public routes (sign-in, refresh, sign-up, the portal's forms) are not covered for
    // members: their answers carry fresh tokens, and their bodies passwords. The operator's calls
    // to them (creating a tenant) are.
    const bool openRoute = !ctx.route || admitsAnyone(ctx.route->access);
    if (key.empty() || ctx.request.getMethod() != "POST" ||
        ctx.principal.kind == identity::Principal::Kind::Anonymous ||
        (openRoute && !ctx.principal.isOperator())) {
        return {};
    }
    if (!wellFormed(key)) {
        throw ApiError(ErrorCode::MalformedRequest,
                       "Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.");
    }
    Claim claim{scopeOf(ctx), key, ctx.tenantId, util::randomUuid()};
    // The request as the handler sees it: the same key with anything else is another request.
    std::string request = ctx.request.getMethod();
    request.append(" ").append(ctx.path).append("\n");
    for (const auto& [name, value] : ctx.query) {
        request.append(name).append("=").append(value).append("&");
    }
    // Keyed: the table must not hold a plain hash of a body (which may hold a password).
    const auto fingerprint = crypto::hmacSha256Hex(fingerprintKey_, request + "\n" + ctx.body);
    return inScope(claim.tenantId, [&](db::Transaction& tx) -> Begun {
        tx.exec(purgeSql, claim.scope, claim.key);
        if (tx.exec(claimSql, claim.scope, claim.key, fingerprint, claim.token,
                    static_cast<double>(lockFor.count()),
                    static_cast<double>(std::chrono::seconds(keepFor).count()))
                .affected_rows() == 1) {
            return {claim, std::nullopt};
        }
        const auto rows = tx.exec(findSql, claim.scope, claim.key);
        if (rows.empty()) {
            // Another tenant's row under the operator's scope cannot exist (the scope names the
            // tenant), so this is a claim released between the two statements: try once more.
            throw ApiError(ErrorCode::Conflict,
                           "A request with this Idempotency-Key just ended; send it again.");
        }
        const auto& row = rows[0];
        if (row["fingerprint"].as<std::string>() != fingerprint) {
            throw ApiError(ErrorCode::ValidationFailed, "This Idempotency-Key was used with another request.")
                .withField("Idempotency-Key", "was used with another request in the last 24 hours");
        }
        if (row["status"].is_null()) {
            throw ApiError(
                ErrorCode::Conflict,
                "A request with this Idempotency-Key is still running; retry when it has finished.")
                .withRetryAfter(1);
        }
        Response replay;
        replay.status = row["status"].as<int>();
        replay.contentType = row["content_type"].as<std::string>();
        const auto body = crypto::open(crypto::fromHex(row["body"].as<std::string>()), sealingKey_,
                                       sealContext(claim.scope, claim.key));
        if (!body) {
            // Sealed under another SECRET_KEY: the answer cannot be given again, nor the work redone.
            throw ApiError(ErrorCode::Conflict,
                           "This Idempotency-Key's answer can no longer be read; use a new key.");
        }
        replay.body = *body;
        replay.headers.emplace_back("Idempotent-Replayed", "true");
        return {std::nullopt, std::move(replay)};
    });
}

void IdempotencyKeys::complete(const Claim& claim, const Response& response) const noexcept
{
    try {
        keep(claim, response);
    } catch (const std::exception& error) {
        // The work is done and its answer goes out; a retry within the lock gets a 409, after it
        // runs again.
        idempotencyKeysLogger.warning("an idempotent answer could not be kept", {{"error", error.what()}});
    }
}

void IdempotencyKeys::keep(const Claim& claim, const Response& response) const
{
    // An answer that cannot be replayed byte for byte (streamed, huge, a page, one with headers of
    // its own, a server error) is not kept: the retry runs again.
    if (response.stream || response.status >= 500 || response.body.size() > maxStoredBody ||
        response.delivery != Delivery::Api || !response.headers.empty()) {
        release(claim);
        return;
    }
    inScope(claim.tenantId, [&](db::Transaction& tx) {
        tx.exec(completeSql, claim.scope, claim.key, claim.token, response.status, response.contentType,
                crypto::toHex(crypto::seal(response.body, sealingKey_, sealContext(claim.scope, claim.key))));
    });
}

void IdempotencyKeys::release(const Claim& claim) const noexcept
{
    try {
        inScope(claim.tenantId,
                [&](db::Transaction& tx) { tx.exec(releaseSql, claim.scope, claim.key, claim.token); });
    } catch (const std::exception& error) {
        // The claim stays locked until lockFor has passed; then a retry runs.
        idempotencyKeysLogger.warning("an idempotency key could not be released", {{"error", error.what()}});
    }
}

} // namespace aih::http
