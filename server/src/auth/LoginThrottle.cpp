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

int LoginThrottle::begin(const std::string& account, const std::string& address, Clock::time_point now)
{
    std::lock_guard lock(mutex_);
    prune(now);
    auto& accountFailures = byAccount_[account];
    auto& addressFailures = byAddress_[address];
    const int wait = std::max(this->wait(accountFailures, limits_.perAccount, now),
                              this->wait(addressFailures, limits_.perAddress, now));
    if (wait == 0) {
        accountFailures.push_back(now);
        addressFailures.push_back(now);
    }
    return wait;
}

void LoginThrottle::succeeded(const std::string& account, const std::string& address)
{
    std::lock_guard lock(mutex_);
    byAccount_.erase(account);
    takeBack(byAddress_, address);
}

void LoginThrottle::abandoned(const std::string& account, const std::string& address)
{
    std::lock_guard lock(mutex_);
    takeBack(byAccount_, account);
    takeBack(byAddress_, address);
}

void LoginThrottle::takeBack(std::unordered_map<std::string, Failures>& failures, const std::string& key)
{
    // The newest entry goes: entries differ only in when they expire, so which one barely matters.
    if (const auto found = failures.find(key); found != failures.end() && !found->second.empty()) {
        found->second.pop_back();
    }
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
