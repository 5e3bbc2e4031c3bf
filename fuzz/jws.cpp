// SPDX-License-Identifier: Apache-2.0
// Fuzz target `jws`: what an identity provider sends a relying party. Input starting with '{' is
// a JWKS document for parseJwks; anything else is a compact JWS for verifyJws, checked against a
// key set of one RSA and one P-256 key made at start-up.
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but JwkError or JwsError escapes;
//  - no token is accepted: the fuzzer cannot sign with keys it never sees, so an acceptance
//    would be a forgery.
#include "crypto/Jws.h"

#include "crypto/Base64Url.h"
#include "crypto/Jwk.h"

#include <Poco/JSON/Parser.h>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <string>
#include <vector>

using namespace aih::crypto;

namespace {

std::string parameter(EVP_PKEY* key, const char* name, int width)
{
    BIGNUM* number = nullptr;
    EVP_PKEY_get_bn_param(key, name, &number);
    std::string bytes(static_cast<std::size_t>(width > 0 ? width : BN_num_bytes(number)), '\0');
    BN_bn2binpad(number, reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    BN_free(number);
    return encodeBase64Url(bytes);
}

std::vector<PublicJwk> makeKeys()
{
    EVP_PKEY* rsa = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
    EVP_PKEY* ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    const std::string set =
        R"({"keys":[{"kty":"RSA","kid":"rsa-1","n":")" + parameter(rsa, OSSL_PKEY_PARAM_RSA_N, 0) +
        R"(","e":")" + parameter(rsa, OSSL_PKEY_PARAM_RSA_E, 0) +
        R"("},{"kty":"EC","kid":"ec-1","crv":"P-256","x":")" + parameter(ec, OSSL_PKEY_PARAM_EC_PUB_X, 32) +
        R"(","y":")" + parameter(ec, OSSL_PKEY_PARAM_EC_PUB_Y, 32) + R"("}]})";
    EVP_PKEY_free(rsa);
    EVP_PKEY_free(ec);
    return parseJwks(set);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto keys = makeKeys();
    static constexpr std::array<std::string_view, 2> allowed{"RS256", "ES256"};
    const std::string input(reinterpret_cast<const char*>(data), size);
    try {
        if (!input.empty() && input.front() == '{') {
            parseJwks(input);
        } else {
            verifyJws(input, keys, allowed);
            std::fprintf(stderr, "jws: a token was accepted\n");
            std::abort();
        }
    } catch (const JwkError&) {
    } catch (const JwsError&) {
    }
    return 0;
}
