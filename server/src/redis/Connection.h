// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "redis/Reply.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

struct redisContext;

namespace aih::redis {

using Command = std::vector<std::string>;

/// One synchronous connection (hiredis). Any I/O failure or timeout throws Error and leaves the
/// connection unusable: hiredis cannot tell how much of a reply is still in flight.
class Connection
{
public:
    /// Connects within `timeout`, which then bounds every command too.
    Connection(const std::string& host, int port, std::chrono::milliseconds timeout);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Reply run(const Command& command);
    /// Sends all commands in one write and reads their replies in order: one round trip.
    std::vector<Reply> pipeline(const std::vector<Command>& commands);

    const std::string& host() const { return host_; }
    int port() const { return port_; }

private:
    struct Free
    {
        void operator()(redisContext* context) const;
    };
    [[noreturn]] void fail(const char* what) const;

    std::unique_ptr<redisContext, Free> context_;
    std::string host_;
    int port_;
};

} // namespace aih::redis
