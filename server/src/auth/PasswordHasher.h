// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::auth {

/// Argon2id through libsodium. Parameters meet OWASP's minimum (19 MiB memory, 2 passes,
/// parallelism 1) and are encoded in each stored hash (`$argon2id$v=19$m=19456,t=2,p=1$...`),
/// so they can be raised later and old hashes still verify, then get rehashed on sign-in.
class PasswordHasher
{
public:
    static constexpr unsigned long long opsLimit = 2;
    static constexpr std::size_t memLimitBytes = 19 * 1024 * 1024;

    PasswordHasher();

    std::string hash(std::string_view password) const;
    bool verify(std::string_view storedHash, std::string_view password) const;
    bool needsRehash(std::string_view storedHash) const;
    /// Spends the same work as a real verification, so an unknown account answers in similar time.
    void verifyAgainstDummy(std::string_view password) const;

private:
    std::string dummyHash_;
};

} // namespace aih::auth
