// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/AddressBlock.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <string>
#include <vector>

namespace aih::http {

/// The address a request comes from, as throttles, audit and analytics should see it: the socket
/// peer, unless the peer is a trusted proxy; then, walking X-Forwarded-For from the right (the
/// entry the nearest proxy added), the first address that is not a trusted proxy. Anything a
/// client wrote further left is never believed, and a malformed entry stops the walk at the last
/// address a trusted proxy vouched for.
std::string clientAddressOf(const Poco::Net::HTTPServerRequest& request,
                            const std::vector<util::AddressBlock>& trustedProxies);

} // namespace aih::http
