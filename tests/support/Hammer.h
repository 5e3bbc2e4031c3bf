// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"

#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace aih::test {

/// Concurrent clients sending the same request a fixed number of times each; tallies statuses.
/// Each client may target a different server (round robin over `ports`).
inline std::map<int, int> hammer(const std::vector<unsigned short>& ports, int clients, int requestsEach,
                                 const std::string& target, const Headers& headers)
{
    std::map<int, int> statuses;
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            HttpClient client(ports[static_cast<std::size_t>(c) % ports.size()]);
            std::map<int, int> mine;
            for (int i = 0; i < requestsEach; ++i) {
                try {
                    ++mine[client.get(target, headers).status];
                } catch (const std::exception&) {
                    ++mine[0];
                }
            }
            std::lock_guard lock(mutex);
            for (const auto& [status, count] : mine) {
                statuses[status] += count;
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    return statuses;
}

/// Clients sending the same request over and over until stopped, round robin over `ports`, for
/// tests that break something under load; tallies statuses (0: no answer at all).
class SteadyLoad
{
public:
    SteadyLoad(const std::vector<unsigned short>& ports, int clients, const std::string& target,
               const Headers& headers)
    {
        for (int c = 0; c < clients; ++c) {
            threads_.emplace_back(
                [this, port = ports[static_cast<std::size_t>(c) % ports.size()], target, headers] {
                    HttpClient client(port);
                    while (running_) {
                        int status = 0;
                        try {
                            status = client.get(target, headers).status;
                        } catch (const std::exception&) {
                        }
                        served_ += status == 200 ? 1 : 0;
                        std::lock_guard lock(mutex_);
                        ++statuses_[status];
                    }
                });
        }
    }
    ~SteadyLoad() { stop(); }
    SteadyLoad(const SteadyLoad&) = delete;
    SteadyLoad& operator=(const SteadyLoad&) = delete;

    /// 200 answers so far.
    int served() const { return served_; }
    /// Stops every client and returns the tally of statuses.
    std::map<int, int> stop()
    {
        running_ = false;
        for (auto& thread : threads_) {
            if (thread.joinable()) {
                thread.join();
            }
        }
        std::lock_guard lock(mutex_);
        return statuses_;
    }

private:
    std::atomic<bool> running_{true};
    std::atomic<int> served_{0};
    std::mutex mutex_;
    std::map<int, int> statuses_;
    std::vector<std::thread> threads_;
};

} // namespace aih::test
