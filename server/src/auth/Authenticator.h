// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/TokenSigner.h"
#include "db/Transaction.h"
#include "http/Principal.h"
#include "http/RequestContext.h"

#include <string>

namespace aih::auth {

/// Turns the request's credential into a Principal, and re-confirms signed-in users inside each
/// tenant transaction (an access token outlives a deactivation or sign-out by up to its TTL
/// otherwise).
class Authenticator
{
public:
    Authenticator(const TokenSigner& signer, std::string operatorToken);

    http::Principal authenticate(const http::RequestContext& ctx) const;
    static void confirmActor(db::Transaction& tx, http::RequestContext& ctx);

private:
    const TokenSigner& signer_;
    std::string operatorToken_;
};

} // namespace aih::auth
