// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEvent.h"
#include "ratelimit/RateLimiter.h"

#include <string>
#include <string_view>

namespace aih::accounts {

/// Someone asks for a link by mail for an account they name (a password reset, a new
/// confirmation). The answer never says whether the account exists.
struct LinkRequest
{
    std::string tenantKey; ///< id or slug
    std::string email;
    std::string language; ///< en, de, fr or es
    audit::Origin origin;
};

/// How often links of one kind may be asked for and sent.
struct LinkLimits
{
    std::string_view kind;       ///< names the buckets: "reset", "verify"
    std::string_view limitName;  ///< the problem's `limit` on a 429
    int requestsPerAddress = 20; ///< per hour, per client address; more get 429
    int mailsPerAccount = 3;     ///< per hour; more are dropped without a word
};

/// Counts a request against the client address before anything else; 429 beyond the limit.
/// Only the address decides, so the answer cannot depend on whether the account exists.
void admitLinkRequest(ratelimit::RateLimiter& limiter, const LinkLimits& limits, const std::string& address,
                      double now);

/// Whether one more mail may go to the account now (its id: however its email is spelt). Past
/// the limit, earlier mails are on their way and more would only flood the inbox.
bool admitLinkMail(ratelimit::RateLimiter& limiter, const LinkLimits& limits, const std::string& userId,
                   double now);

} // namespace aih::accounts
