// SPDX-License-Identifier: Apache-2.0
#include "egress/EgressPolicy.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <netinet/in.h>
#include <string_view>

namespace aih::egress {
namespace {

using Poco::Net::IPAddress;

/// IANA's IPv4 special-purpose blocks that are not globally reachable, plus multicast and the
/// reserved class E (none of them is a place a tenant's provider can legitimately live).
const std::vector<util::AddressBlock>& nonPublicV4()
{
    static const auto blocks = util::parseAddressBlocks(
        "0.0.0.0/8 10.0.0.0/8 100.64.0.0/10 127.0.0.0/8 169.254.0.0/16 172.16.0.0/12 192.0.0.0/24 "
        "192.0.2.0/24 192.88.99.0/24 192.168.0.0/16 198.18.0.0/15 198.51.100.0/24 203.0.113.0/24 "
        "224.0.0.0/4 240.0.0.0/4");
    return blocks;
}

/// IPv6 outside 2000::/3 is never global unicast; inside it, these are special.
const std::vector<util::AddressBlock>& nonPublicV6InGlobal()
{
    static const auto blocks = util::parseAddressBlocks("2001::/23 2001:db8::/32 2002::/16 3fff::/20");
    return blocks;
}

const util::AddressBlock& globalUnicastV6()
{
    static const auto block = util::AddressBlock::parse("2000::/3");
    return block;
}

/// The IPv4 address an IPv6 one carries in its last 32 bits when it is IPv4-mapped
/// (::ffff:0:0/96), IPv4-compatible (::/96) or NAT64 (64:ff9b::/96): checked as that address.
bool embedsV4(const IPAddress& address, IPAddress& v4)
{
    std::array<unsigned char, 16> bytes{};
    std::memcpy(bytes.data(), address.addr(), bytes.size());
    const std::array<unsigned char, 12> mapped{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    const std::array<unsigned char, 12> compatible{};
    const std::array<unsigned char, 12> nat64{0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    const auto prefixIs = [&](const std::array<unsigned char, 12>& prefix) {
        return std::equal(prefix.begin(), prefix.end(), bytes.begin());
    };
    if (!prefixIs(mapped) && !prefixIs(compatible) && !prefixIs(nat64)) {
        return false;
    }
    v4 = IPAddress(bytes.data() + 12, 4);
    return true;
}

} // namespace

bool isPublicAddress(const IPAddress& address)
{
    if (address.family() == Poco::Net::AddressFamily::IPv4) {
        return std::ranges::none_of(nonPublicV4(),
                                    [&](const auto& block) { return block.contains(address); });
    }
    IPAddress v4;
    if (embedsV4(address, v4)) {
        return false; // a public server has a real IPv6 address or is dialled over IPv4
    }
    return globalUnicastV6().contains(address) &&
           std::ranges::none_of(nonPublicV6InGlobal(),
                                [&](const auto& block) { return block.contains(address); });
}

bool EgressPolicy::explicitlyAllowed(const IPAddress& address) const
{
    return std::ranges::any_of(allowed_, [&](const auto& block) { return block.contains(address); });
}

bool EgressPolicy::permits(const IPAddress& address) const
{
    return isPublicAddress(address) || explicitlyAllowed(address);
}

} // namespace aih::egress
