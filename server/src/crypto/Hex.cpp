// SPDX-License-Identifier: Apache-2.0
#include "crypto/Hex.h"

#include <sodium.h>

namespace aih::crypto {

std::string toHex(std::string_view bytes)
{
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                   bytes.size());
    hex.pop_back();
    return hex;
}

std::string fromHex(std::string_view hex)
{
    std::string bytes(hex.size() / 2, '\0');
    std::size_t written = 0;
    const char* end = nullptr;
    if (hex.size() % 2 != 0 ||
        sodium_hex2bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), hex.data(), hex.size(),
                       nullptr, &written, &end) != 0 ||
        end != hex.data() + hex.size()) {
        return {};
    }
    bytes.resize(written);
    return bytes;
}

} // namespace aih::crypto
