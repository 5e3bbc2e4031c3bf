// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using EVP_PKEY = struct evp_pkey_st;

namespace aih::crypto {

/// A JSON Web Key or key set that cannot be used, and why (for the log; never shown to clients).
class JwkError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// A public signing key from a JSON Web Key (RFC 7517, 7518): RSA of 2048 to 8192 bits, or EC on
/// P-256. Built once and shared read-only between threads (an EVP_PKEY may be).
class PublicJwk
{
public:
    /// Throws JwkError unless the object is a well-formed RSA or P-256 public key usable for
    /// signatures (`use` absent or "sig", `key_ops` absent or with "verify"; the point on the curve).
    static PublicJwk fromJson(const Poco::JSON::Object& jwk);

    const std::string& kid() const { return kid_; }
    /// The one algorithm this key verifies: "RS256" for RSA, "ES256" for P-256 (narrowed by the
    /// key's own `alg`, which must agree).
    const std::string& algorithm() const { return algorithm_; }
    EVP_PKEY* key() const { return key_.get(); }

private:
    PublicJwk(std::string kid, std::string algorithm, std::shared_ptr<EVP_PKEY> key);

    std::string kid_;
    std::string algorithm_;
    std::shared_ptr<EVP_PKEY> key_;
};

/// The usable signing keys of a JWKS document (`{"keys": [...]}`): keys of other types, uses or
/// algorithms are skipped, so a provider may publish encryption keys beside them. Throws JwkError
/// for a document that is not a key set, is over 64 KiB, or lists over 32 keys.
std::vector<PublicJwk> parseJwks(std::string_view json);

} // namespace aih::crypto
