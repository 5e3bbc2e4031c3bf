// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RedisProcess.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QString>
#include <array>
#include <map>
#include <memory>

namespace aih::test {

/// Two aihd instances on one fresh database sharing a private Redis: aihd scaled out.
struct TwoInstances
{
    /// Starts Redis, then both servers at once; an empty string, or what went wrong.
    QString start(const std::map<QString, QString>& extraEnvironment = {})
    {
        if (!redis.start()) {
            return "redis-server did not start";
        }
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["REDIS_URL"] = redis.url();
        for (const auto& [name, value] : extraEnvironment) {
            env[name] = value;
        }
        for (auto& server : servers) {
            server = std::make_unique<ServerProcess>(env);
            server->launchListening();
        }
        for (auto& server : servers) {
            if (!server->waitUntilListening()) {
                return server->log();
            }
        }
        return {};
    }

    TestDatabase database;
    RedisProcess redis;
    std::array<std::unique_ptr<ServerProcess>, 2> servers;
};

} // namespace aih::test
