// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sso/ProviderIdentity.h"

#include <Poco/JSON/Object.h>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace aih::sso {

/// What a relying party knows before it reads an ID token: whom it asked, as which client, with
/// which nonce, and when.
struct IdTokenExpectations
{
    std::string issuer;   ///< exactly as the provider's discovery document names itself
    std::string clientId; ///< this connection's client_id
    std::string nonce;    ///< the one sent with this sign-in's authorization request
    std::int64_t now = 0; ///< Unix seconds
    /// How far the provider's clock may be from ours (OIDC Core leaves it to the relying party);
    /// kept within 0 to 300 seconds whatever is asked.
    std::int64_t clockSkewSeconds = 60;
    /// The oldest `iat` accepted: an ID token is used once, moments after it is issued.
    std::int64_t maxAgeSeconds = 600;
    /// The claim that lists the user's groups, for role mapping (`groups` by default).
    std::string groupsClaim = "groups";
};

/// An ID token whose claims fail a check; the message names the check (for the log and the
/// connection test, never for the end user).
class IdTokenRejected : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// The checks of OpenID Connect Core §3.1.3.7 on the claims of an ID token whose signature was
/// verified already (crypto/Jws): `iss` equal to the issuer, `aud` naming the client (and `azp`,
/// when present or when `aud` names several, equal to it), `exp` not past and `nbf` not ahead
/// (both within the skew), `iat` present and neither ahead nor older than the maximum age,
/// `nonce` equal to the expected one, `sub` present. Numbers must be JSON numbers in range.
/// Throws IdTokenRejected.
ProviderIdentity checkIdTokenClaims(const Poco::JSON::Object& claims, const IdTokenExpectations& expected);

} // namespace aih::sso
