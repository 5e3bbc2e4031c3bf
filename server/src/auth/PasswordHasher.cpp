// SPDX-License-Identifier: Apache-2.0
#include "auth/PasswordHasher.h"

#include <algorithm>
#include <sodium.h>
#include <stdexcept>
#include <thread>

namespace aih::auth {

int PasswordHasher::defaultConcurrency()
{
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()) / 2);
}

// A burst of real sign-ins (a class logging in at nine) queues; a flood meets 503 at once.
PasswordHasher::PasswordHasher(int maxConcurrent)
    : gate_(maxConcurrent, 8 * maxConcurrent, std::chrono::seconds(2))
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium failed to initialise");
    }
    dummyHash_ = hash("a password nobody has, for unknown accounts");
}

std::string PasswordHasher::hash(std::string_view password) const
{
    const HashingGate::Place place(gate_);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), opsLimit, memLimitBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("argon2id hashing ran out of memory");
    }
    return out;
}

bool PasswordHasher::verify(std::string_view storedHash, std::string_view password) const
{
    const std::string stored(storedHash);
    const HashingGate::Place place(gate_);
    return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

bool PasswordHasher::needsRehash(std::string_view storedHash) const
{
    const std::string stored(storedHash);
    return crypto_pwhash_str_needs_rehash(stored.c_str(), opsLimit, memLimitBytes) != 0;
}

void PasswordHasher::verifyAgainstDummy(std::string_view password) const
{
    (void)verify(dummyHash_, password);
}

} // namespace aih::auth
