// SPDX-License-Identifier: Apache-2.0
#include "auth/LoginThrottle.h"

namespace aih::auth {

LoginThrottle::LoginThrottle(Limits limits) : limits_(limits) {}

int LoginThrottle::wait(Failures& failures, int limit, Clock::time_point now) const
{
    while (!failures.empty() && now - failures.front() >= limits_.window) {
        failures.pop_front();
    }
    if (static_cast<int>(failures.size()) < limit) {
        return 0;
    }
    const auto freeAt = failures.front() + limits_.window;
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(freeAt - now).count());
}

int LoginThrottle::retryAfter(const std::string& account, const std::string& address, Clock::time_point now)
{
    std::lock_guard lock(mutex_);
    prune(now);
    const int accountWait = wait(byAccount_[account], limits_.perAccount, now);
    const int addressWait = wait(byAddress_[address], limits_.perAddress, now);
    return std::max(accountWait, addressWait);
}

void LoginThrottle::recordFailure(const std::string& account, const std::string& address,
                                  Clock::time_point now)
{
    std::lock_guard lock(mutex_);
    byAccount_[account].push_back(now);
    byAddress_[address].push_back(now);
}

void LoginThrottle::recordSuccess(const std::string& account)
{
    std::lock_guard lock(mutex_);
    byAccount_.erase(account);
}

void LoginThrottle::prune(Clock::time_point now)
{
    // Bound memory under a spray of made-up accounts: drop expired entries once a minute.
    if (now - lastPrune_ < std::chrono::minutes(1)) {
        return;
    }
    lastPrune_ = now;
    for (auto* map : {&byAccount_, &byAddress_}) {
        std::erase_if(*map, [&](auto& entry) {
            return entry.second.empty() || now - entry.second.back() >= limits_.window;
        });
    }
}

} // namespace aih::auth
