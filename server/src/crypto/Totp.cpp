// SPDX-License-Identifier: Apache-2.0
#include "crypto/Totp.h"

#include <Poco/URI.h>
#include <algorithm>
#include <cstdlib>
#include <liboath/oath.h>
#include <memory>
#include <sodium.h>
#include <stdexcept>

namespace aih::crypto {
namespace {

constexpr std::size_t secretBytes = 20;
constexpr std::size_t window = 1;

void initialise()
{
    static const bool ready = [] {
        if (oath_init() != OATH_OK) {
            throw std::runtime_error("liboath failed to initialise");
        }
        return true;
    }();
    (void)ready;
}

std::string escaped(std::string_view text)
{
    std::string out;
    Poco::URI::encode(std::string(text), "/?#&=+:@ ", out);
    return out;
}

} // namespace

std::string Totp::newSecret()
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium failed to initialise");
    }
    std::string secret(secretBytes, '\0');
    randombytes_buf(secret.data(), secret.size());
    return secret;
}

std::string Totp::base32(std::string_view secret)
{
    initialise();
    char* out = nullptr;
    std::size_t length = 0;
    if (oath_base32_encode(secret.data(), secret.size(), &out, &length) != OATH_OK) {
        throw std::runtime_error("base32 encoding failed");
    }
    const std::unique_ptr<char, decltype(&std::free)> owned(out, &std::free);
    std::string text(out, length);
    text.erase(std::remove(text.begin(), text.end(), '='), text.end());
    return text;
}

std::string Totp::uri(std::string_view issuer, std::string_view account, std::string_view secret)
{
    // Key Uri Format (Google Authenticator's, which every app follows): the label is
    // issuer:account, and the issuer is repeated as a parameter.
    const auto label = escaped(issuer) + ":" + escaped(account);
    return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + escaped(issuer) +
           "&algorithm=SHA1&digits=" + std::to_string(digits) + "&period=" + std::to_string(stepSeconds);
}

std::optional<std::int64_t> Totp::stepOf(std::string_view secret, std::string_view code,
                                         std::int64_t unixTime)
{
    initialise();
    if (code.size() != digits ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    int position = 0;
    std::uint64_t counter = 0;
    const std::string otp(code);
    const int found =
        oath_totp_validate3(secret.data(), secret.size(), static_cast<time_t>(unixTime), stepSeconds,
                            OATH_TOTP_DEFAULT_START_TIME, window, &position, &counter, otp.c_str());
    if (found < 0) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(counter);
}

std::string Totp::codeAt(std::string_view secret, std::int64_t unixTime)
{
    initialise();
    char out[digits + 1] = {};
    if (oath_totp_generate(secret.data(), secret.size(), static_cast<time_t>(unixTime), stepSeconds,
                           OATH_TOTP_DEFAULT_START_TIME, digits, out) != OATH_OK) {
        throw std::runtime_error("TOTP generation failed");
    }
    return {out, digits};
}

} // namespace aih::crypto
