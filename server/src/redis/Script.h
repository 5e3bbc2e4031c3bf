// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::redis {

/// A Lua script and its SHA-1, so it is sent by hash (EVALSHA) and its text only when a Redis
/// does not know it yet (a fresh, restarted or promoted one).
struct Script
{
    explicit Script(std::string source);

    std::string text;
    std::string sha;
};

} // namespace aih::redis
