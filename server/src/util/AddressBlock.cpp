// SPDX-License-Identifier: Apache-2.0
#include "util/AddressBlock.h"

#include <Poco/Exception.h>
#include <Poco/StringTokenizer.h>
#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace aih::util {

AddressBlock::AddressBlock(const Poco::Net::IPAddress& network, unsigned prefixBits)
    : network_(network), prefixBits_(prefixBits)
{
}

AddressBlock AddressBlock::parse(const std::string& text)
{
    const auto slash = text.find('/');
    const auto host = text.substr(0, slash);
    // inet_aton would take "10.0.0" for 10.0.0.0: IPv4 only as a dotted quad.
    const bool dottedQuad = std::count(host.begin(), host.end(), '.') == 3;
    Poco::Net::IPAddress address;
    if ((host.find(':') == std::string::npos && !dottedQuad) ||
        !Poco::Net::IPAddress::tryParse(host, address)) {
        throw std::invalid_argument("not an IP address block: " + text);
    }
    const unsigned maxBits = address.family() == Poco::Net::AddressFamily::IPv4 ? 32 : 128;
    unsigned bits = maxBits;
    if (slash != std::string::npos) {
        const auto digits = text.substr(slash + 1);
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), bits);
        if (error != std::errc() || end != digits.data() + digits.size() || digits.empty() ||
            bits > maxBits) {
            throw std::invalid_argument("not an IP address block: " + text);
        }
    }
    return {address & Poco::Net::IPAddress(bits, address.family()), bits};
}

bool AddressBlock::contains(const Poco::Net::IPAddress& address) const
{
    if (address.family() != network_.family()) {
        return false;
    }
    return (address & Poco::Net::IPAddress(prefixBits_, network_.family())) == network_;
}

std::vector<AddressBlock> parseAddressBlocks(const std::string& list)
{
    std::vector<AddressBlock> blocks;
    const Poco::StringTokenizer items(
        list, ", ", Poco::StringTokenizer::TOK_IGNORE_EMPTY | Poco::StringTokenizer::TOK_TRIM);
    for (const auto& item : items) {
        blocks.push_back(AddressBlock::parse(item));
    }
    return blocks;
}

} // namespace aih::util
