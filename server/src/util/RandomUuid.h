// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::util {

/// A version 4 UUID from libsodium's CSPRNG. Safe to call from any thread, unlike Poco 1.11's
/// UUIDGenerator::createRandom(), whose shared random stream corrupts the heap under
/// concurrent use (seen as crashes under load).
std::string randomUuid();

} // namespace aih::util
