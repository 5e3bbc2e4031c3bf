// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/IPAddress.h>
#include <string>
#include <vector>

namespace aih::util {

/// An IPv4 or IPv6 address block in CIDR notation (`10.0.0.0/8`, `::1/128`); a bare address is
/// a block of one.
class AddressBlock
{
public:
    /// Throws std::invalid_argument for anything else.
    static AddressBlock parse(const std::string& text);

    bool contains(const Poco::Net::IPAddress& address) const;

private:
    AddressBlock(const Poco::Net::IPAddress& network, unsigned prefixBits);

    Poco::Net::IPAddress network_;
    unsigned prefixBits_;
};

/// Blocks from a comma- or space-separated list; throws std::invalid_argument naming a bad one.
std::vector<AddressBlock> parseAddressBlocks(const std::string& list);

} // namespace aih::util
