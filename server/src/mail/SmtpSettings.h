// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace aih::mail {

/// Where mail goes, read from SMTP_URL.
struct SmtpSettings
{
    std::string host;
    int port = 587;
    std::string user;
    std::string password;
    bool implicitTls = false; ///< smtps://: TLS from the first byte
    /// smtp:// to anything but a loopback host must upgrade with STARTTLS or not send at all:
    /// credentials and reset links never cross a network in the clear.
    bool requireStartTls = true;
    std::chrono::seconds timeout{15};
};

/// Parses `smtp://[user[:password]@]host[:port]` (port 587 by default) or
/// `smtps://[user[:password]@]host[:port]` (465). User and password are percent-decoded.
/// Returns nothing for anything else; `why` then says what is wrong.
std::optional<SmtpSettings> parseSmtpUrl(const std::string& url, std::string& why);

} // namespace aih::mail
