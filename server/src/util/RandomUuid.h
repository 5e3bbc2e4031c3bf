// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::util {

/// A version 4 UUID from libsodium's CSPRNG. Safe to call from any thread, unlike Poco 1.11's
/// UUIDGenerator::createRandom(), whose shared random stream corrupts the heap under
/// concurrent use (seen as crashes under load).
std::string randomUuid();

/// A UUID-shaped id that is unique within this process and unrelated to other processes', for
/// ids that must not collide but need not be unguessable (request ids): no system call per id,
/// unlike randomUuid(), which asks the kernel for entropy every time.
std::string uniqueId();

} // namespace aih::util
