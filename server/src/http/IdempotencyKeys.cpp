// SPDX-License-Identifier: Apache-2.0
#include "http/IdempotencyKeys.h"

#include "crypto/Hex.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "logging/Logger.h"

#include <algorithm>

namespace aih::http {
namespace {

using errors::ApiError;
using errors::ErrorCode;

const logging::Logger logger("idempotency");

// A claim of this scope's expired keys goes first, so the table holds about a day of keys.
constexpr db::Sql claimSql{"idempotency.claim", R"sql(
    WITH purged AS (
        DELETE FROM idempotency_keys
         WHERE scope = $1 AND (expires_at < now() OR (key = $2 AND status IS NULL AND locked_until < now()))
    )
    INSERT INTO idempotency_keys (scope, key, tenant_id, fingerprint, locked_until, expires_at)
    VALUES ($1, $2, aih_current_tenant(), $3, now() + make_interval(secs => $4::double precision),
            now() + make_interval(secs => $5::double precision))
    ON CONFLICT (scope, key) DO NOTHING
)sql"};

constexpr db::Sql findSql{"idempotency.find", R"sql(
    SELECT fingerprint, status, coalesce(content_type, '') AS content_type, encode(body, 'hex') AS body
      FROM idempotency_keys
     WHERE scope = $1 AND key = $2
)sql"};

constexpr db::Sql completeSql{"idempotency.complete", R"sql(
    UPDATE idempotency_keys SET status = $3, content_type = $4, body = decode($5, 'hex')
     WHERE scope = $1 AND key = $2
)sql"};

constexpr db::Sql releaseSql{"idempotency.release",
                             "DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND status IS NULL"};

bool wellFormed(const std::string& key)
{
    return !key.empty() && key.size() <= 255 &&
           std::ranges::all_of(key, [](char c) { return c >= 0x21 && c <= 0x7e; });
}

/// Whose key it is: another credential's key with the same text is another key.
std::string scopeOf(const RequestContext& ctx)
{
    const auto& principal = ctx.principal;
    if (principal.isApiKey()) {
        return "key:" + principal.apiKeyId;
    }
    if (principal.isOperator()) {
        return "operator:" + (ctx.tenantId.empty() ? std::string("platform") : ctx.tenantId);
    }
    return "user:" + principal.userId;
}

} // namespace

template <typename Work> auto IdempotencyKeys::inScope(const std::string& tenantId, Work&& work) const
{
    return tenantId.empty() ? database_.inPlatform(std::forward<Work>(work))
                            : database_.inTenant(tenantId, std::forward<Work>(work));
}

IdempotencyKeys::Begun IdempotencyKeys::begin(const RequestContext& ctx) const
{
    const auto& key = ctx.header("Idempotency-Key");
    if (key.empty() || ctx.request.getMethod() != "POST" ||
        ctx.principal.kind == identity::Principal::Kind::Anonymous) {
        return {};
    }
    if (!wellFormed(key)) {
        throw ApiError(ErrorCode::MalformedRequest,
                       "Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.");
    }
    Claim claim{scopeOf(ctx), key, ctx.tenantId};
    // The request as the handler sees it: the same key with anything else is another request.
    std::string request = ctx.request.getMethod();
    request.append(" ").append(ctx.path).append("\n");
    for (const auto& [name, value] : ctx.query) {
        request.append(name).append("=").append(value).append("&");
    }
    const auto fingerprint = crypto::sha256Hex(request + "\n" + ctx.body);
    return inScope(claim.tenantId, [&](db::Transaction& tx) -> Begun {
        if (tx.exec(claimSql, claim.scope, claim.key, fingerprint, static_cast<double>(lockFor.count()),
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
        replay.body = crypto::fromHex(row["body"].as<std::string>());
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
        logger.warning("an idempotent answer could not be kept", {{"error", error.what()}});
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
        tx.exec(completeSql, claim.scope, claim.key, response.status, response.contentType,
                crypto::toHex(response.body));
    });
}

void IdempotencyKeys::release(const Claim& claim) const noexcept
{
    try {
        inScope(claim.tenantId, [&](db::Transaction& tx) { tx.exec(releaseSql, claim.scope, claim.key); });
    } catch (const std::exception& error) {
        // The claim stays locked until lockFor has passed; then a retry runs.
        logger.warning("an idempotency key could not be released", {{"error", error.what()}});
    }
}

} // namespace aih::http
