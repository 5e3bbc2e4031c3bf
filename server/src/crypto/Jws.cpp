// SPDX-License-Identifier: Apache-2.0
#include "crypto/Jws.h"

#include "crypto/Base64Url.h"

#include <Poco/JSON/Parser.h>
#include <algorithm>
#include <memory>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

namespace aih::crypto {
namespace {

constexpr std::size_t maxTokenBytes = std::size_t{16} * 1024;

[[noreturn]] void refuse(JwsFault fault, const std::string& why)
{
    throw JwsError(fault, why);
}

Poco::JSON::Object::Ptr jsonObject(std::string_view part, const char* what)
{
    const auto bytes = decodeBase64Url(part);
    if (!bytes) {
        refuse(JwsFault::Malformed, std::string("the ") + what + " is not base64url");
    }
    try {
        auto object = Poco::JSON::Parser().parse(*bytes).extract<Poco::JSON::Object::Ptr>();
        if (object) {
            return object;
        }
    } catch (const Poco::Exception&) {
        // Falls through to the refusal below: not JSON, or not an object.
    }
    refuse(JwsFault::Malformed, std::string("the ") + what + " is not a JSON object");
}

/// JWS carries an ECDSA signature as r || s; OpenSSL verifies the DER encoding.
std::string derOfRawEcdsa(const std::string& raw)
{
    if (raw.size() != 64) {
        refuse(JwsFault::BadSignature, "an ES256 signature is 64 bytes");
    }
    const std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> signature(ECDSA_SIG_new(), ECDSA_SIG_free);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
    BIGNUM* r = BN_bin2bn(bytes, 32, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + 32, 32, nullptr);
    if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        refuse(JwsFault::BadSignature, "could not read the ES256 signature");
    }
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(signature.get(), &der);
    if (length <= 0) {
        refuse(JwsFault::BadSignature, "could not encode the ES256 signature");
    }
    std::string out(reinterpret_cast<const char*>(der), static_cast<std::size_t>(length));
    OPENSSL_free(der);
    return out;
}

bool signatureMatches(const PublicJwk& key, std::string_view signingInput, const std::string& signature)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    // RS256 is RSASSA-PKCS1-v1_5, OpenSSL's default padding for an RSA key.
    return context &&
           EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key.key(), nullptr) ==
               1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                            signature.size(), reinterpret_cast<const unsigned char*>(signingInput.data()),
                            signingInput.size()) == 1;
}

} // namespace

VerifiedJws verifyJws(std::string_view token, std::span<const PublicJwk> keys,
                      std::span<const std::string_view> allowed)
{
    if (token.size() > maxTokenBytes) {
        refuse(JwsFault::Malformed, "the token is over 16 KiB");
    }
    const auto first = token.find('.');
    const auto second = first == std::string_view::npos ? first : token.find('.', first + 1);
    if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) {
        refuse(JwsFault::Malformed, "a JWS has three parts");
    }
    auto header = jsonObject(token.substr(0, first), "header");
    auto claims = jsonObject(token.substr(first + 1, second - first - 1), "payload");
    const auto algValue = header->get("alg");
    const auto algorithm = algValue.isString() ? algValue.extract<std::string>() : std::string();
    if (std::find(allowed.begin(), allowed.end(), algorithm) == allowed.end() ||
        (algorithm != "RS256" && algorithm != "ES256")) {
        refuse(JwsFault::AlgorithmNotAllowed, "algorithm '" + algorithm + "' is not allowed");
    }
    if (header->has("crit")) {
        refuse(JwsFault::CriticalExtension, "the header names critical extensions");
    }
    const auto kidValue = header->get("kid");
    if (!kidValue.isEmpty() && !kidValue.isString()) {
        refuse(JwsFault::Malformed, "the kid is not a string");
    }
    const auto kid = kidValue.isEmpty() ? std::string() : kidValue.extract<std::string>();
    const auto signature = decodeBase64Url(token.substr(second + 1));
    if (!signature || signature->empty()) {
        refuse(JwsFault::Malformed, "the signature is not base64url");
    }
    const auto rawSignature = algorithm == "ES256" ? derOfRawEcdsa(*signature) : *signature;
    const auto signingInput = token.substr(0, second);

    bool candidate = false;
    for (const auto& key : keys) {
        if (key.algorithm() != algorithm || (!kid.empty() && key.kid() != kid)) {
            continue;
        }
        candidate = true;
        if (signatureMatches(key, signingInput, rawSignature)) {
            return {std::move(header), std::move(claims)};
        }
    }
    if (!candidate) {
        refuse(JwsFault::UnknownKey,
               kid.empty() ? "no " + algorithm + " key" : "no key with kid '" + kid + "'");
    }
    refuse(JwsFault::BadSignature, "the signature does not verify");
}

} // namespace aih::crypto
