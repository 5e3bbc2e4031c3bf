// SPDX-License-Identifier: Apache-2.0
#include "mail/SmtpSettings.h"

#include <Poco/Exception.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/URI.h>

namespace aih::mail {
namespace {

bool isLoopbackHost(const std::string& host)
{
    if (host == "localhost") {
        return true;
    }
    Poco::Net::IPAddress address;
    return Poco::Net::IPAddress::tryParse(host, address) && address.isLoopback();
}

} // namespace

std::optional<SmtpSettings> parseSmtpUrl(const std::string& url, std::string& why)
{
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception& error) {
        why = "is not a URL: " + error.message();
        return std::nullopt;
    }
    SmtpSettings settings;
    if (uri.getScheme() == "smtps") {
        settings.implicitTls = true;
        settings.requireStartTls = false;
        settings.port = 465;
    } else if (uri.getScheme() != "smtp") {
        why = "must start with smtp:// or smtps://";
        return std::nullopt;
    }
    if (uri.getHost().empty()) {
        why = "names no host";
        return std::nullopt;
    }
    if ((!uri.getPath().empty() && uri.getPath() != "/") || !uri.getRawQuery().empty() ||
        !uri.getFragment().empty()) {
        why = "must have no path, query or fragment";
        return std::nullopt;
    }
    settings.host = uri.getHost();
    // Not getPort(): Poco fills in 25, the port for relaying between servers, not for submission.
    if (uri.getSpecifiedPort() != 0) {
        settings.port = uri.getSpecifiedPort();
    }
    const auto userInfo = uri.getUserInfo();
    if (!userInfo.empty()) {
        const auto colon = userInfo.find(':');
        Poco::URI::decode(userInfo.substr(0, colon), settings.user);
        if (colon != std::string::npos) {
            Poco::URI::decode(userInfo.substr(colon + 1), settings.password);
        }
    }
    if (!settings.implicitTls && isLoopbackHost(settings.host)) {
        settings.requireStartTls = false;
    }
    return settings;
}

} // namespace aih::mail
