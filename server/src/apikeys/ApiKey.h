// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aih::apikeys {

/// A key as the API shows it; the secret and its hash never leave the server.
struct ApiKey
{
    std::string id;
    std::string userId;
    std::string name;
    std::string mode;
    std::string publicId;
    std::vector<std::string> scopes;
    int rateLimit = 0;
    std::string expiresAt;
    std::string createdAt;
    std::string createdAtMicros;
    std::string lastUsedAt;
    long long usageCount = 0;
    std::string revokedAt;
    std::string rotatedAt;
    std::string previousValidUntil;
    std::string previousLastUsedAt;
    bool expired = false;
    bool expiresSoon = false;
    /// The networks the key may be used from (CIDR blocks); nothing: anywhere.
    std::optional<std::vector<std::string>> allowedIps;
    /// Calls per second the key may make on one server instance, beside its hourly limit;
    /// nothing: no such limit.
    std::optional<int> burstLimit;
};

} // namespace aih::apikeys
