// SPDX-License-Identifier: Apache-2.0
#include "aih/Validation.h"

#include <algorithm>
#include <cstdint>

namespace aih {
namespace {

bool isLowerAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDomainChar(char c)
{
    return isLowerAlnum(c) || (c >= 'A' && c <= 'Z') || c == '-' || c == '.';
}

/// PostgreSQL's uuid input: 32 hex digits, a hyphen allowed after any group of four.
bool readsAsUuid(std::string_view text)
{
    int digits = 0;
    for (const char c : text) {
        if (isHexDigit(c)) {
            ++digits;
        } else if (c != '-' || digits % 4 != 0 || digits == 0 || digits == 32) {
            return false;
        }
    }
    return digits == 32;
}

} // namespace

bool isValidSlug(std::string_view slug)
{
    if (slug.size() < 3 || slug.size() > 63) {
        return false;
    }
    if (!isLowerAlnum(slug.front()) || !isLowerAlnum(slug.back())) {
        return false;
    }
    for (std::size_t i = 0; i < slug.size(); ++i) {
        const char c = slug[i];
        if (c == '-') {
            if (slug[i + 1] == '-') {
                return false;
            }
        } else if (!isLowerAlnum(c)) {
            return false;
        }
    }
    return !readsAsUuid(slug);
}

bool isValidEmail(std::string_view email)
{
    if (email.size() < 3 || email.size() > 254) {
        return false;
    }
    const auto at = email.find('@');
    if (at == 0 || at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const auto local = email.substr(0, at);
    const auto domain = email.substr(at + 1);
    if (local.size() > 64 || domain.size() < 3) {
        return false;
    }
    const bool localOk = std::ranges::all_of(local, [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u < 0x7f && c != '<' && c != '>' && c != '"' && c != '\\' && c != ',';
    });
    const bool domainOk = std::ranges::all_of(domain, isDomainChar);
    const auto dot = domain.find('.');
    return localOk && domainOk && dot != std::string_view::npos && dot != 0 && domain.back() != '.' &&
           domain.find("..") == std::string_view::npos;
}

bool isValidHexColour(std::string_view colour)
{
    return colour.size() == 7 && colour[0] == '#' &&
           std::all_of(colour.begin() + 1, colour.end(), isHexDigit);
}

bool isAcceptablePassword(std::string_view password)
{
    return password.size() >= 10 && password.size() <= 256 && isValidUtf8(password);
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !isHexDigit(text[i])) {
            return false;
        }
    }
    return true;
}

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<std::uint8_t>(text[i]);
        int extra = 0;
        std::uint32_t cp = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            cp = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            cp = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            cp = lead & 0x07u;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(extra) >= text.size()) {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            const auto cont = static_cast<std::uint8_t>(text[i + static_cast<std::size_t>(k)]);
            if ((cont & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cont & 0x3Fu);
        }
        static constexpr std::uint32_t minimumForLength[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimumForLength[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

} // namespace aih
