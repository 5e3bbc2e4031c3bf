// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Jwk.h"

#include <Poco/JSON/Object.h>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace aih::crypto {

/// Why a JSON Web Signature was refused.
enum class JwsFault
{
    Malformed,           ///< not three base64url parts of JSON objects, or too large
    AlgorithmNotAllowed, ///< `alg` outside the caller's list (never `none`, never HMAC)
    CriticalExtension,   ///< a `crit` header: no extension is understood here
    UnknownKey,          ///< no key of the set has the token's `kid`: the set may be stale
    BadSignature,
};

class JwsError : public std::runtime_error
{
public:
    JwsError(JwsFault fault, const std::string& what) : std::runtime_error(what), fault_(fault) {}
    JwsFault fault() const { return fault_; }

private:
    JwsFault fault_;
};

struct VerifiedJws
{
    Poco::JSON::Object::Ptr header;
    Poco::JSON::Object::Ptr claims;
};

/// Verifies a compact JWS (RFC 7515) against `keys`, accepting only the algorithms in `allowed`
/// (of "RS256" and "ES256"; the token's `alg` never widens that). The key is the one whose `kid`
/// equals the header's and whose algorithm fits; a header without `kid` is tried against every
/// key of its algorithm. `jku`, `jwk`, `x5u` and `x5c` in the header are ignored: keys come only
/// from `keys`. An ES256 signature must be exactly 64 bytes (r || s). Tokens over 16 KiB are
/// refused unread. Throws JwsError; nothing of an unverified token is returned.
VerifiedJws verifyJws(std::string_view token, std::span<const PublicJwk> keys,
                      std::span<const std::string_view> allowed);

} // namespace aih::crypto
