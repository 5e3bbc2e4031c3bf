// SPDX-License-Identifier: Apache-2.0
#include "crypto/Jwk.h"

#include "crypto/Base64Url.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace aih::crypto {
namespace {

constexpr std::size_t maxJwksBytes = std::size_t{64} * 1024;
constexpr std::size_t maxKeys = 32;

struct ParamBuildDeleter
{
    void operator()(OSSL_PARAM_BLD* b) const { OSSL_PARAM_BLD_free(b); }
};
struct ParamDeleter
{
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
struct ContextDeleter
{
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct BignumDeleter
{
    void operator()(BIGNUM* n) const { BN_free(n); }
};
using Bignum = std::unique_ptr<BIGNUM, BignumDeleter>;

std::string text(const Poco::JSON::Object& jwk, const std::string& name)
{
    const auto value = jwk.get(name);
    if (value.isEmpty()) {
        return {};
    }
    if (!value.isString()) {
        throw JwkError("the key's " + name + " is not a string");
    }
    return value.extract<std::string>();
}

std::string member(const Poco::JSON::Object& jwk, const std::string& name)
{
    auto bytes = decodeBase64Url(text(jwk, name));
    if (!bytes || bytes->empty()) {
        throw JwkError("the key's " + name + " is missing or not base64url");
    }
    return std::move(*bytes);
}

Bignum bignum(const std::string& bytes)
{
    Bignum number(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()),
                            static_cast<int>(bytes.size()), nullptr));
    if (!number) {
        throw JwkError("out of memory building a key");
    }
    return number;
}

/// EVP_PKEY_fromdata with the parameters `fill` pushes; it refuses a point that is not on the curve.
template <typename Fill> std::shared_ptr<EVP_PKEY> keyFromData(const char* type, Fill&& fill)
{
    const std::unique_ptr<OSSL_PARAM_BLD, ParamBuildDeleter> build(OSSL_PARAM_BLD_new());
    if (!build || !fill(build.get())) {
        throw JwkError("could not build the key's parameters");
    }
    const std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(build.get()));
    const std::unique_ptr<EVP_PKEY_CTX, ContextDeleter> context(
        EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0 || key == nullptr) {
        throw JwkError(std::string("not a valid ") + type + " public key");
    }
    return {key, EVP_PKEY_free};
}

std::shared_ptr<EVP_PKEY> rsaKey(const Poco::JSON::Object& jwk)
{
    const auto modulus = member(jwk, "n");
    const auto exponent = member(jwk, "e");
    // Leading zero bytes do not count towards the size; 2048 bits is the floor RFC 7518 sets.
    const auto bits = (modulus.size() - modulus.find_first_not_of('\0')) * 8;
    if (modulus.front() == '\0' || bits < 2048 || bits > 8192) {
        throw JwkError("an RSA key must have 2048 to 8192 bits");
    }
    if (exponent.size() > 4 || (static_cast<unsigned char>(exponent.back()) & 1U) == 0 ||
        (exponent.size() == 1 && exponent.front() == '\1')) {
        throw JwkError("the RSA exponent is not a small odd number above 1");
    }
    const auto n = bignum(modulus);
    const auto e = bignum(exponent);
    return keyFromData("RSA", [&](OSSL_PARAM_BLD* b) {
        return OSSL_PARAM_BLD_push_BN(b, OSSL_PKEY_PARAM_RSA_N, n.get()) == 1 &&
               OSSL_PARAM_BLD_push_BN(b, OSSL_PKEY_PARAM_RSA_E, e.get()) == 1;
    });
}

std::shared_ptr<EVP_PKEY> p256Key(const Poco::JSON::Object& jwk)
{
    if (text(jwk, "crv") != "P-256") {
        throw JwkError("only EC keys on P-256 are supported");
    }
    const auto x = member(jwk, "x");
    const auto y = member(jwk, "y");
    if (x.size() != 32 || y.size() != 32) {
        throw JwkError("a P-256 coordinate must be 32 bytes");
    }
    std::string point = "\x04" + x + y; // uncompressed
    return keyFromData("EC", [&](OSSL_PARAM_BLD* b) {
        return OSSL_PARAM_BLD_push_utf8_string(b, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) == 1 &&
               OSSL_PARAM_BLD_push_octet_string(b, OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size()) == 1;
    });
}

} // namespace

PublicJwk::PublicJwk(std::string kid, std::string algorithm, std::shared_ptr<EVP_PKEY> key)
    : kid_(std::move(kid)), algorithm_(std::move(algorithm)), key_(std::move(key))
{
}

PublicJwk PublicJwk::fromJson(const Poco::JSON::Object& jwk)
{
    const auto use = text(jwk, "use");
    if (!use.empty() && use != "sig") {
        throw JwkError("the key is not for signatures");
    }
    if (jwk.has("key_ops")) {
        const auto ops = jwk.getArray("key_ops");
        bool verifies = false;
        for (std::size_t i = 0; ops && i < ops->size(); ++i) {
            verifies = verifies || ops->get(static_cast<unsigned>(i)).toString() == "verify";
        }
        if (!verifies) {
            throw JwkError("the key's key_ops do not include verify");
        }
    }
    // Private members are not ours to hold: a key set that leaks them is refused, not trimmed.
    for (const char* secret : {"d", "p", "q", "dp", "dq", "qi", "k"}) {
        if (jwk.has(secret)) {
            throw JwkError("the key set publishes private key material");
        }
    }
    const auto type = text(jwk, "kty");
    const std::string algorithm = type == "RSA" ? "RS256" : type == "EC" ? "ES256" : "";
    if (algorithm.empty()) {
        throw JwkError("only RSA and EC keys are supported");
    }
    const auto declared = text(jwk, "alg");
    if (!declared.empty() && declared != algorithm) {
        throw JwkError("the key is for " + declared + ", which is not supported");
    }
    auto key = type == "RSA" ? rsaKey(jwk) : p256Key(jwk);
    return {text(jwk, "kid"), algorithm, std::move(key)};
}

std::vector<PublicJwk> parseJwks(std::string_view json)
{
    if (json.size() > maxJwksBytes) {
        throw JwkError("the key set is over 64 KiB");
    }
    Poco::JSON::Object::Ptr document;
    try {
        document = Poco::JSON::Parser().parse(std::string(json)).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        // Not JSON, or JSON that is not an object (the cast throws a Poco::BadCastException).
        throw JwkError("the key set is not a JSON object");
    }
    const auto keys = document->getArray("keys");
    if (!keys) {
        throw JwkError("the key set has no keys array");
    }
    if (keys->size() > maxKeys) {
        throw JwkError("the key set lists over 32 keys");
    }
    std::vector<PublicJwk> usable;
    for (std::size_t i = 0; i < keys->size(); ++i) {
        const auto key = keys->getObject(static_cast<unsigned>(i));
        if (!key) {
            continue;
        }
        try {
            usable.push_back(PublicJwk::fromJson(*key));
        } catch (const JwkError&) {
            // Another use, type or curve: not for us. A key set whose private parts leak is not
            // skipped over, though: the provider is misconfigured and nothing of it is trusted.
            if (key->has("d") || key->has("k")) {
                throw;
            }
        }
    }
    return usable;
}

} // namespace aih::crypto
