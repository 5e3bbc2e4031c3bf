// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Database.h"
#include "http/RequestContext.h"
#include "http/Response.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace aih::http {

/// `Idempotency-Key` on mutating POSTs, as the contract (and Stripe) define it: the same key and
/// request within 24 h replay the first answer (with `Idempotent-Replayed: true`); the same key
/// with another request is a 422; a retry while the first still runs is a 409. Keys belong to the
/// credential that sent them. What the handler answers is kept, sealed; a request that failed with
/// an error (a refusal or a 5xx) releases its key, so the retry runs again. Open and public routes
/// (sign-in, refresh, sign-up, portal forms) are not covered.
class IdempotencyKeys
{
public:
    static constexpr std::chrono::hours keepFor{24};
    /// How long a claim stays locked for a request that never finishes (its server died).
    static constexpr std::chrono::seconds lockFor{300};
    static constexpr std::size_t maxStoredBody = std::size_t{1024} * 1024;

    /// `serverSecret`: SECRET_KEY, from which the keys that seal answers and hash requests derive.
    IdempotencyKeys(db::Database& database, std::string_view serverSecret);

    /// A claimed key, to complete or release once the handler ran.
    struct Claim
    {
        std::string scope;
        std::string key;
        std::string tenantId;
        std::string token; ///< this claim's own: a claim taken over after its lock ran out is not ours
    };
    struct Begun
    {
        std::optional<Claim> claim;     ///< run the handler, then complete or release this
        std::optional<Response> replay; ///< answer this instead of running the handler
    };

    /// Nothing to do (no claim, no replay) when the request carries no key or cannot have one
    /// (not a POST, no credential). Throws 400 for a malformed key, 409 or 422 as above.
    Begun begin(const RequestContext& ctx) const;
    /// Never throws: the handler's work is done either way.
    void complete(const Claim& claim, const Response& response) const noexcept;
    void release(const Claim& claim) const noexcept;

private:
    void keep(const Claim& claim, const Response& response) const;
    template <typename Work> auto inScope(const std::string& tenantId, Work&& work) const;

    db::Database& database_;
    std::string sealingKey_;
    std::string fingerprintKey_;
};

} // namespace aih::http
