// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/SignInThrottle.h"
#include "ratelimit/RedisRateLimiter.h"
#include "time/Clock.h"

namespace aih::auth {

/// Failed sign-ins counted in Redis, so an attacker spreading guesses over every instance
/// meets one limit. Unlike API traffic this fails closed: if Redis cannot be asked, sign-in
/// answers 503 rather than letting guesses through uncounted.
class RedisSignInThrottle : public SignInThrottle
{
public:
    RedisSignInThrottle(std::shared_ptr<redis::Client> client, int perAccount, int perAddress,
                        const time::Clock& clock = time::systemClock());

    int begin(const std::string& account, const std::string& address) override;
    /// Takes back this attempt only: earlier failures age out of the window instead.
    void succeeded(const std::string& account, const std::string& address) override;
    void abandoned(const std::string& account, const std::string& address) override;

private:
    std::vector<ratelimit::Subject> subjects(const std::string& account, const std::string& address) const;

    ratelimit::RedisRateLimiter redis_;
    int perAccount_;
    int perAddress_;
    const time::Clock& clock_;
};

} // namespace aih::auth
