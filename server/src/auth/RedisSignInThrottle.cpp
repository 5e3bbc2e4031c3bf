// SPDX-License-Identifier: Apache-2.0
#include "auth/RedisSignInThrottle.h"

#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "ratelimit/RequestLimits.h"

namespace aih::auth {
namespace {

constexpr ratelimit::Window fifteenMinutes{15 * 60};

[[noreturn]] void failClosed()
{
    throw errors::ApiError(errors::ErrorCode::ServiceUnavailable,
                           "Sign-in is briefly unavailable; try again shortly.")
        .withRetryAfter(5);
}

} // namespace

RedisSignInThrottle::RedisSignInThrottle(std::shared_ptr<redis::Client> client, int perAccount,
                                         int perAddress, const time::Clock& clock)
    : redis_(std::move(client), fifteenMinutes), perAccount_(perAccount), perAddress_(perAddress),
      clock_(clock)
{
}

std::vector<ratelimit::Subject> RedisSignInThrottle::subjects(const std::string& account,
                                                              const std::string& address) const
{
    // Hashed, so Redis never holds the email addresses people typed.
    return {{"account", "login:a:" + crypto::sha256Hex(account), perAccount_},
            {"address", "login:ip:" + crypto::sha256Hex(address), perAddress_}};
}

int RedisSignInThrottle::begin(const std::string& account, const std::string& address)
{
    try {
        // One script counts the attempt against both limits only if both allow it.
        const auto outcome = redis_.admit(subjects(account, address), clock_.nowFractional());
        if (outcome.refusedBy < 0) {
            return 0;
        }
        return std::max(
            1, static_cast<int>(outcome.decisions[static_cast<std::size_t>(outcome.refusedBy)].retryAfter));
    } catch (const errors::ApiError&) {
        throw;
    } catch (const std::exception&) {
        failClosed();
    }
}

void RedisSignInThrottle::succeeded(const std::string& account, const std::string& address)
{
    abandoned(account, address);
}

void RedisSignInThrottle::abandoned(const std::string& account, const std::string& address)
{
    try {
        redis_.giveBack(subjects(account, address), clock_.nowFractional());
    } catch (const std::exception&) {
        // The attempt stays counted and ages out of the window: erring towards the limit.
    }
}

} // namespace aih::auth
