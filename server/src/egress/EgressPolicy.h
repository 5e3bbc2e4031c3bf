// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/AddressBlock.h"

#include <Poco/Net/IPAddress.h>
#include <vector>

namespace aih::egress {

/// Where the server may connect on a tenant's say-so (an identity provider's URLs, later a
/// webhook's): public unicast addresses, and the operator's explicitly allowed blocks. Never by
/// default loopback, private (RFC 1918, ULA), shared (CGN), link-local (cloud metadata lives at
/// 169.254.169.254), multicast, documentation or reserved ranges, and never an IPv6 form that
/// embeds such an IPv4 address (mapped, NAT64, 6to4).
class EgressPolicy
{
public:
    EgressPolicy() = default;
    explicit EgressPolicy(std::vector<util::AddressBlock> allowed) : allowed_(std::move(allowed)) {}

    bool permits(const Poco::Net::IPAddress& address) const;
    /// Whether the operator allowed the address explicitly: plain http is only spoken to these
    /// (a test provider on loopback), never to the public internet.
    bool explicitlyAllowed(const Poco::Net::IPAddress& address) const;

private:
    std::vector<util::AddressBlock> allowed_;
};

/// A globally routable unicast address, by the IANA special-purpose registries.
bool isPublicAddress(const Poco::Net::IPAddress& address);

} // namespace aih::egress
