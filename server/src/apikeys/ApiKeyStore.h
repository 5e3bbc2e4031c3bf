// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKey.h"
#include "db/Keyset.h"
#include "db/Transaction.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::apikeys {

struct NewApiKeyRow
{
    std::string userId;
    std::string name;
    std::string mode;
    std::string publicId;
    std::string secretHash;
    std::vector<std::string> scopes;
    int rateLimit = 0;
    std::optional<std::string> expiresAt;
    std::optional<std::vector<std::string>> allowedIps;
    std::optional<int> burstLimit;
};

/// What a key's change writes: every changeable field, as it is to be.
struct KeyRowChange
{
    std::string name;
    std::vector<std::string> scopes;
    int rateLimit = 0;
    std::optional<std::string> expiresAt;
    std::optional<std::vector<std::string>> allowedIps;
    std::optional<int> burstLimit;
};

struct ApiKeyPage
{
    std::vector<ApiKey> keys;
    std::optional<std::string> nextCursor;
};

/// SQL for API keys, in tenant-scoped transactions.
class ApiKeyStore
{
public:
    static std::string insert(db::Transaction& tx, const NewApiKeyRow& row);
    static std::optional<ApiKey> find(db::Transaction& tx, const std::string& id);
    /// `ownerId` empty: every key of the tenant.
    static ApiKeyPage list(db::Transaction& tx, const std::string& ownerId, int limit,
                           const db::Keyset& position);
    static void rotate(db::Transaction& tx, const std::string& id, const std::string& newHash,
                       long long graceSeconds);
    static void update(db::Transaction& tx, const std::string& id, const KeyRowChange& change);
    static void revoke(db::Transaction& tx, const std::string& id);
    static void revokeAllOf(db::Transaction& tx, const std::string& userId);
};

} // namespace aih::apikeys
