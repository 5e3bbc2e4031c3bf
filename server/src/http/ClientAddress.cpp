// SPDX-License-Identifier: Apache-2.0
#include "http/ClientAddress.h"

#include <Poco/String.h>
#include <algorithm>

namespace aih::http {
namespace {

bool isTrusted(const Poco::Net::IPAddress& address, const std::vector<util::AddressBlock>& trustedProxies)
{
    return std::ranges::any_of(
        trustedProxies, [&address](const util::AddressBlock& block) { return block.contains(address); });
}

/// Every X-Forwarded-For entry, repeated headers joined as one list (RFC 9110 5.3), nearest first:
/// the rightmost entry is the one the proxy in front of us added.
std::vector<std::string> forwardedFor(const Poco::Net::HTTPServerRequest& request)
{
    std::vector<std::string> entries;
    for (const auto& [name, value] : request) {
        if (Poco::icompare(name, "X-Forwarded-For") != 0) {
            continue;
        }
        std::size_t start = 0;
        while (start <= value.size()) {
            auto end = value.find(',', start);
            if (end == std::string::npos) {
                end = value.size();
            }
            entries.push_back(Poco::trim(value.substr(start, end - start)));
            start = end + 1;
        }
    }
    std::reverse(entries.begin(), entries.end());
    return entries;
}

} // namespace

std::string clientAddressOf(const Poco::Net::HTTPServerRequest& request,
                            const std::vector<util::AddressBlock>& trustedProxies)
{
    auto address = request.clientAddress().host();
    if (trustedProxies.empty() || !isTrusted(address, trustedProxies)) {
        return address.toString();
    }
    for (const auto& entry : forwardedFor(request)) {
        Poco::Net::IPAddress forwarded;
        if (!Poco::Net::IPAddress::tryParse(entry, forwarded)) {
            break;
        }
        address = forwarded;
        if (!isTrusted(address, trustedProxies)) {
            break;
        }
    }
    return address.toString();
}

} // namespace aih::http
