// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <cstdint>
#include <optional>
#include <string>

namespace aih::sso {

/// A sign-in the provider has yet to answer, as its start recorded it.
struct PendingSignIn
{
    std::string purpose; ///< sign_in | test
    std::string testedBy;
    std::string connectionId;
    std::string redirectUri;
    std::string clientState;
    std::string clientChallenge;
};

struct NewSignIn
{
    std::string stateHash; ///< hex SHA-256 of the state
    std::string connectionId;
    std::string redirectUri;
    std::string clientState;
    std::string clientChallenge;
    int ttlSeconds = 600;
    std::string purpose = "sign_in"; ///< or "test": an admin's test of the connection
    std::string testedBy;            ///< the admin, for a test
};

/// A hand-off code claimed by the application: whose session to open, and the challenge its
/// verifier must meet.
struct ClaimedHandoff
{
    std::string userId;
    std::string clientChallenge;
};

/// SQL for sign-ins in flight and for the provider accounts linked to users (migration 0018).
/// The `...Tenant` lookups run in platform scope; everything else in the tenant's.
class SsoSignInStore
{
public:
    static void insert(db::Transaction& tx, const NewSignIn& signIn);
    static std::optional<std::string> stateTenant(db::Transaction& tx, const std::string& stateHash);
    /// Marks the sign-in answered and returns it; nothing when it is unknown, answered before, or
    /// expired, so a state works once.
    static std::optional<PendingSignIn> claimState(db::Transaction& tx, const std::string& stateHash);
    static void attachHandoff(db::Transaction& tx, const std::string& stateHash, const std::string& userId,
                              const std::string& handoffHash);
    /// A test's outcome (JSON), to be read once by the admin who ran it.
    static void attachReport(db::Transaction& tx, const std::string& stateHash, const std::string& report,
                             const std::string& handoffHash);
    /// Spends a test's hand-off code issued less than `ttlSeconds` ago to `testedBy` for
    /// `connectionId`; the report and the challenge its verifier must meet.
    static std::optional<std::pair<std::string, std::string>>
    claimReport(db::Transaction& tx, const std::string& handoffHash, int ttlSeconds,
                const std::string& testedBy, const std::string& connectionId);
    static std::optional<std::string> handoffTenant(db::Transaction& tx, const std::string& handoffHash);
    /// Spends a hand-off code issued less than `ttlSeconds` ago; nothing when it is not that.
    static std::optional<ClaimedHandoff> claimHandoff(db::Transaction& tx, const std::string& handoffHash,
                                                      int ttlSeconds);

    static std::optional<std::string> linkedUser(db::Transaction& tx, const std::string& connectionId,
                                                 const std::string& subject);
    static void link(db::Transaction& tx, const std::string& connectionId, const std::string& subject,
                     const std::string& userId);
    /// Keeps a SAML assertion's id until `validUntil` (Unix seconds); false when the connection
    /// has accepted it before (a replay).
    static bool rememberAssertion(db::Transaction& tx, const std::string& connectionId,
                                  const std::string& assertionId, std::int64_t validUntil);
};

} // namespace aih::sso
