// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditKeys.h"

#include "crypto/SecretBox.h"
#include "crypto/Secrets.h"

#include <sodium.h>
#include <stdexcept>

namespace aih::audit {
namespace {

constexpr char kdfContext[crypto_kdf_CONTEXTBYTES + 1] = "aihaudit";
constexpr std::uint64_t signingSubkey = 1;
constexpr std::uint64_t wrappingSubkey = 2;

const unsigned char* bytesOf(std::string_view text)
{
    return reinterpret_cast<const unsigned char*>(text.data());
}

std::string subjectContext(std::string_view tenantId, std::string_view subjectId)
{
    return "aih audit subject key|" + std::string(tenantId) + "|" + std::string(subjectId);
}

} // namespace

AuditKeys::AuditKeys(std::string_view serverSecret)
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium failed to initialise");
    }
    // Hashing first accepts a secret of any length; the KDF then separates the purposes.
    unsigned char master[crypto_kdf_KEYBYTES];
    crypto_generichash(master, sizeof master, bytesOf(serverSecret), serverSecret.size(), nullptr, 0);
    unsigned char seed[crypto_sign_SEEDBYTES];
    crypto_kdf_derive_from_key(seed, sizeof seed, signingSubkey, kdfContext, master);
    crypto_sign_seed_keypair(publicKey_.data(), signingKey_.data(), seed);
    crypto_kdf_derive_from_key(wrappingKey_.data(), wrappingKey_.size(), wrappingSubkey, kdfContext, master);
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(master, sizeof master);
    keyId_ = crypto::sha256Hex(publicKey()).substr(0, 16);
}

AuditKeys::~AuditKeys()
{
    sodium_memzero(signingKey_.data(), signingKey_.size());
    sodium_memzero(wrappingKey_.data(), wrappingKey_.size());
}

std::string AuditKeys::publicKey() const
{
    return {reinterpret_cast<const char*>(publicKey_.data()), publicKey_.size()};
}

std::string AuditKeys::sign(std::string_view message) const
{
    std::string signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytesOf(message),
                         message.size(), signingKey_.data());
    return signature;
}

bool AuditKeys::verifySignature(std::string_view signature, std::string_view message,
                                std::string_view publicKey)
{
    return signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(bytesOf(signature), bytesOf(message), message.size(),
                                       bytesOf(publicKey)) == 0;
}

std::string AuditKeys::newWrappedSubjectKey(std::string_view tenantId, std::string_view subjectId) const
{
    std::string key(subjectKeyBytes, '\0');
    randombytes_buf(key.data(), key.size());
    const std::string_view wrapping(reinterpret_cast<const char*>(wrappingKey_.data()), wrappingKey_.size());
    auto wrapped = crypto::seal(key, wrapping, subjectContext(tenantId, subjectId));
    sodium_memzero(key.data(), key.size());
    return wrapped;
}

std::optional<std::string> AuditKeys::unwrapSubjectKey(std::string_view wrapped, std::string_view tenantId,
                                                       std::string_view subjectId) const
{
    const std::string_view wrapping(reinterpret_cast<const char*>(wrappingKey_.data()), wrappingKey_.size());
    auto key = crypto::open(wrapped, wrapping, subjectContext(tenantId, subjectId));
    if (!key || key->size() != subjectKeyBytes) {
        return std::nullopt;
    }
    return key;
}

} // namespace aih::audit
