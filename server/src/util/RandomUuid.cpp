// SPDX-License-Identifier: Apache-2.0
#include "util/RandomUuid.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <sodium.h>

namespace aih::util {
namespace {

std::string format(std::array<unsigned char, 16> bytes)
{
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    constexpr const char* hex = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text += '-';
        }
        text += hex[bytes[i] >> 4];
        text += hex[bytes[i] & 0x0F];
    }
    return text;
}

/// SplitMix64's finaliser: a bijection on 64-bit values, so distinct inputs give distinct outputs.
std::uint64_t mix(std::uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct IdSeed
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    IdSeed() { randombytes_buf(this, sizeof *this); }
};

} // namespace

std::string randomUuid()
{
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return format(bytes);
}

std::string uniqueId()
{
    static const IdSeed seed;
    static std::atomic<std::uint64_t> counter{0};
    // Each half is a bijection of the counter, so two ids of this process could only meet if
    // both halves agreed outside the six version bits; the random seeds keep ids of different
    // processes apart and hide how many requests came before.
    const auto n = counter.fetch_add(1, std::memory_order_relaxed);
    const std::uint64_t halves[2] = {mix(seed.high ^ n), mix(seed.low + n)};
    std::array<unsigned char, 16> bytes{};
    for (std::size_t i = 0; i < 16; ++i) {
        bytes[i] = static_cast<unsigned char>(halves[i / 8] >> (8 * (i % 8)));
    }
    return format(bytes);
}

} // namespace aih::util
