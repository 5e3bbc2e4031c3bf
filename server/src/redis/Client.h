// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/Connection.h"
#include "redis/Endpoint.h"
#include "redis/Script.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

namespace aih::redis {

/// A small pool of synchronous connections to the Redis primary, shared by every Redis user of
/// the process. With Sentinels it asks them where the primary is and checks the answer (ROLE);
/// a connection error or a `-READONLY` reply (the node was demoted) drops every pooled
/// connection and has the Sentinels asked again, at most every 250 ms, so a failover is
/// followed without a restart. Every failure throws Error: what to do then is the caller's.
class Client
{
public:
    explicit Client(Endpoint endpoint, std::chrono::milliseconds timeout = std::chrono::milliseconds(250));

    Reply run(const Command& command);
    /// Runs `script` by its hash, sending the text only on NOSCRIPT. With `replicaWaitMs` > 0 and
    /// a replica attached, waits up to that long (WAIT 1, in the same round trip) for a replica
    /// to have the script's writes, so a promoted replica knows them.
    Reply eval(const Script& script, const std::vector<std::string>& keys,
               const std::vector<std::string>& args, int replicaWaitMs = 0);
    /// Replicas the primary reported when last connected to.
    int replicas() const { return replicas_; }

private:
    using ConnectionPtr = std::unique_ptr<Connection>;

    template <typename Call> auto withConnection(Call&& call);
    /// A pooled connection (`pooled` set) or a new one.
    ConnectionPtr acquire(bool& pooled);
    ConnectionPtr connectToPrimary();
    Address askSentinels();
    void release(ConnectionPtr connection);
    void forget();

    Endpoint endpoint_;
    std::chrono::milliseconds timeout_;
    std::mutex mutex_;
    std::vector<ConnectionPtr> idle_;
    std::optional<Address> primary_;
    std::chrono::steady_clock::time_point nextDiscovery_{};
    std::atomic<int> replicas_{0};
};

} // namespace aih::redis
