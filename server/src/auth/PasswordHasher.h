// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/HashingGate.h"

#include <string>
#include <string_view>

namespace aih::auth {

/// Argon2id through libsodium. Parameters meet OWASP's minimum (19 MiB memory, 2 passes,
/// parallelism 1) and are encoded in each stored hash (`$argon2id$v=19$m=19456,t=2,p=1$...`),
/// so they can be raised later and old hashes still verify, then get rehashed on sign-in. Every
/// computation passes the hashing gate: at most `maxConcurrent` at once, up to 64 more waiting at
/// most 2 s, the rest a 503 (HashingGate).
class PasswordHasher
{
public:
    static constexpr unsigned long long opsLimit = 2;
    static constexpr std::size_t memLimitBytes = std::size_t{19} * 1024 * 1024;

    /// Half the cores: the other half stays with everything else, however many sign-ins arrive.
    /// Measured on two cores (scripts/bench-abuse): with four at once a sign-up flood took other
    /// tenants' p99 from 3.3 ms to 447 ms.
    static int defaultConcurrency();

    explicit PasswordHasher(int maxConcurrent = defaultConcurrency());

    std::string hash(std::string_view password) const;
    bool verify(std::string_view storedHash, std::string_view password) const;
    bool needsRehash(std::string_view storedHash) const;
    /// Spends the same work as a real verification, so an unknown account answers in similar time.
    void verifyAgainstDummy(std::string_view password) const;

    const HashingGate& gate() const { return gate_; }

private:
    mutable HashingGate gate_;
    std::string dummyHash_;
};

} // namespace aih::auth
