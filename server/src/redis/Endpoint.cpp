// SPDX-License-Identifier: Apache-2.0
#include "redis/Endpoint.h"

#include <Poco/Exception.h>
#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>
#include <stdexcept>

namespace aih::redis {
namespace {

[[noreturn]] void malformedUrl()
{
    throw std::invalid_argument("REDIS_URL must look like redis://host:port");
}

[[noreturn]] void malformedSentinels()
{
    throw std::invalid_argument("REDIS_SENTINELS must look like host:port[,host:port...]");
}

} // namespace

Address parseRedisUrl(const std::string& url)
{
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception&) {
        malformedUrl();
    }
    if (uri.getScheme() != "redis" || uri.getHost().empty()) {
        malformedUrl();
    }
    return {uri.getHost(), uri.getPort() == 0 ? 6379 : uri.getPort()};
}

std::vector<Address> parseSentinels(const std::string& list)
{
    std::vector<Address> sentinels;
    const Poco::StringTokenizer entries(
        list, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const auto& entry : entries) {
        const auto colon = entry.rfind(':');
        unsigned port = 0;
        if (colon == std::string::npos || colon == 0 ||
            !Poco::NumberParser::tryParseUnsigned(entry.substr(colon + 1), port) || port == 0 ||
            port > 65535) {
            malformedSentinels();
        }
        sentinels.push_back({entry.substr(0, colon), static_cast<int>(port)});
    }
    if (sentinels.empty()) {
        malformedSentinels();
    }
    return sentinels;
}

} // namespace aih::redis
