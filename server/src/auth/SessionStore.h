// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"
#include "db/Transaction.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace aih::auth {

struct RefreshTokenRow
{
    std::string id;
    std::string sessionId;
    std::string userId;
    bool used = false;
    bool expired = false;
    bool sessionRevoked = false;
};

/// A session that has not ended, as its user sees it in their list.
struct LiveSession
{
    std::string id;
    std::string ipAddress;
    std::string userAgent;
    std::string createdAt;  ///< RFC 3339, UTC
    std::string lastUsedAt; ///< sign-in or the latest refresh
};

/// SQL for sign-in sessions and their refresh-token families.
class SessionStore
{
public:
    static std::string createSession(db::Transaction& tx, const std::string& userId, const std::string& ip,
                                     const std::string& userAgent);
    static void addRefreshToken(db::Transaction& tx, const std::string& sessionId,
                                const std::string& tokenHashHex, std::chrono::seconds ttl);
    static std::optional<RefreshTokenRow> findRefreshTokenForUpdate(db::Transaction& tx,
                                                                    const std::string& hashHex);
    static void markUsed(db::Transaction& tx, const std::string& refreshTokenId);
    static void revokeSession(db::Transaction& tx, const std::string& sessionId, const std::string& reason);
    /// The user's sessions that have not ended, most recently used first (at most 200).
    static std::vector<LiveSession> liveSessions(db::Transaction& tx, const std::string& userId);
    /// Ends one session of the user's; false when it is not theirs, unknown or already ended.
    static bool revokeUserSession(db::Transaction& tx, const std::string& userId,
                                  const std::string& sessionId, const std::string& reason);
    /// Ends every live session of the user but `keepSessionId` (if given); returns the ended ids.
    static std::vector<std::string> revokeUserSessions(db::Transaction& tx, const std::string& userId,
                                                       const std::string& reason,
                                                       const std::string& keepSessionId = "");
    /// The user's current role if the user is active and the session unrevoked.
    static std::optional<Role> activeRole(db::Transaction& tx, const std::string& userId,
                                          const std::string& sessionId);
    /// The owner's current role if the key is unrevoked, unexpired and its owner active.
    static std::optional<Role> activeKeyOwnerRole(db::Transaction& tx, const std::string& apiKeyId);
    /// Platform scope: which tenant a refresh token belongs to.
    static std::optional<std::string> tenantOfRefreshToken(db::Transaction& tx, const std::string& hashHex);
};

} // namespace aih::auth
