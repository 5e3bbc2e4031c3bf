// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aih::crypto {

/// Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six
/// digits, 30-second steps. The arithmetic is liboath's (oath-toolkit).
class Totp
{
public:
    static constexpr unsigned stepSeconds = 30;
    static constexpr unsigned digits = 6;

    /// A new random secret: 20 bytes, the size RFC 4226 recommends.
    static std::string newSecret();
    /// RFC 4648 base32 without padding, as apps take it.
    static std::string base32(std::string_view secret);
    /// The `otpauth://totp/...` URI an app reads from a QR code.
    static std::string uri(std::string_view issuer, std::string_view account, std::string_view secret);
    /// The time step whose code `code` is, among the step at `unixTime` and one either side (a
    /// phone's clock may be off by that much); nothing when it is none of them.
    static std::optional<std::int64_t> stepOf(std::string_view secret, std::string_view code,
                                              std::int64_t unixTime);
    /// The code for the step at `unixTime` (for tests and tools).
    static std::string codeAt(std::string_view secret, std::int64_t unixTime);
};

} // namespace aih::crypto
