// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aih::redis {

struct Address
{
    std::string host;
    int port = 6379;
};

/// Where the Redis primary is: one fixed address (REDIS_URL), or the Sentinels that know it
/// (REDIS_SENTINELS and REDIS_MASTER_NAME), so a failover needs no new configuration.
struct Endpoint
{
    std::optional<Address> direct;
    std::vector<Address> sentinels;
    std::string masterName;
};

/// Parses `redis://host:port[/db]` (db ignored); throws std::invalid_argument.
Address parseRedisUrl(const std::string& url);
/// Parses `host:port[,host:port...]`; throws std::invalid_argument.
std::vector<Address> parseSentinels(const std::string& list);

} // namespace aih::redis
