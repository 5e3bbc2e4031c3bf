// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/SignInThrottle.h"

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace aih::auth {

/// Counts failed sign-ins per account and per client address over a sliding window in this
/// process and refuses further attempts once either reaches its limit. Successful sign-ins
/// clear the account's count. With Redis configured, RedisSignInThrottle takes its place.
class LoginThrottle : public SignInThrottle
{
public:
    using Clock = std::chrono::steady_clock;

    struct Limits
    {
        int perAccount = 5;
        int perAddress = 30;
        std::chrono::seconds window{15 * 60};
    };

    explicit LoginThrottle(Limits limits);

    int begin(const std::string& account, const std::string& address) override
    {
        return begin(account, address, Clock::now());
    }
    void succeeded(const std::string& account, const std::string& address) override;
    void abandoned(const std::string& account, const std::string& address) override;

    int begin(const std::string& account, const std::string& address, Clock::time_point now);

private:
    using Failures = std::deque<Clock::time_point>;
    int wait(Failures& failures, int limit, Clock::time_point now) const;
    static void takeBack(std::unordered_map<std::string, Failures>& failures, const std::string& key);
    void prune(Clock::time_point now);

    Limits limits_;
    std::mutex mutex_;
    std::unordered_map<std::string, Failures> byAccount_;
    std::unordered_map<std::string, Failures> byAddress_;
    Clock::time_point lastPrune_{};
};

} // namespace aih::auth
