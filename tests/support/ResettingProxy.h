// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <thread>
#include <vector>

namespace aih::test {

/// A TCP proxy on a loopback port, in a thread of the test, in front of a server on `targetPort`:
/// it forwards bytes both ways, and resets connections (RST, as a NAT or load balancer dropping
/// state does) on request, or by itself once they have been idle `idleResetMs` (0: never).
class ResettingProxy
{
public:
    explicit ResettingProxy(unsigned short targetPort, int idleResetMs = 0);
    ~ResettingProxy();
    ResettingProxy(const ResettingProxy&) = delete;
    ResettingProxy& operator=(const ResettingProxy&) = delete;

    unsigned short port() const { return port_; }
    /// Resets every open connection now; returns how many.
    int resetAll();
    /// Connections reset so far, on request or idle.
    int resets() const { return resets_.load(); }

private:
    struct Pair
    {
        int client = -1;
        int server = -1;
        long long lastActiveMs = 0;
    };

    void run();
    static void reset(Pair& pair);

    unsigned short targetPort_;
    int idleResetMs_;
    int listener_ = -1;
    int wakeup_[2] = {-1, -1};
    unsigned short port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<int> resets_{0};
    std::atomic<int> resetRequests_{0};
    std::vector<Pair> pairs_; ///< the proxy thread's alone
    std::thread thread_;
};

} // namespace aih::test
