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

} // namespace aih::test
