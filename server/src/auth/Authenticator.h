// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKeyVerifier.h"
#include "auth/LiveSessions.h"
#include "auth/TokenSigner.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "http/RequestContext.h"
#include "identity/Principal.h"

#include <string>

namespace aih::auth {

/// Turns the request's credential (session token, API key or operator token) into a Principal,
/// and re-confirms users and keys inside each tenant transaction: an access token would
/// otherwise outlive a deactivation or sign-out by up to its TTL. A session token is checked
/// against LiveSessions on every route, including those that never open a transaction, and
/// again in the transaction (from LiveSessions' memory while the change listener keeps it
/// current, which saves the transaction a round trip).
class Authenticator
{
public:
    Authenticator(const TokenSigner& signer, apikeys::ApiKeyVerifier& keys, LiveSessions& sessions,
                  db::Database& database, std::string operatorToken);

    /// Who the request's credential proves. On an open route only the operator token is read
    /// (anything else is anonymous), and an operator-only route refuses any API key unread. An
    /// operator account's session is the operator on the routes an operator uses.
    identity::Principal authenticate(const http::RequestContext& ctx) const;
    /// The known key behind a request whose API key was refused, if it named one.
    std::optional<apikeys::KeyIdentity> refusedKey(const http::RequestContext& ctx) const;
    void confirmActor(db::Transaction& tx, identity::Caller& caller) const;

private:
    identity::Principal operatorOnly(const http::RequestContext& ctx) const;
    /// A platform tenant member's live session as the operator, with the member's current role.
    identity::Principal asOperator(const identity::Principal& member) const;
    /// An operator's read-only view of a tenant: live while the operator's session and the
    /// tenant's grant both are.
    identity::Principal supportView(const identity::Principal& view) const;
    const TokenSigner& signer_;
    apikeys::ApiKeyVerifier& keys_;
    LiveSessions& sessions_;
    db::Database& database_;
    std::string operatorToken_;
};

} // namespace aih::auth
