// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Response.h"

#include <Poco/Net/HTTPServerResponse.h>

#include <string>

namespace aih::http {

/// Writes a Response with the headers every response carries: request id and the security
/// headers of a careful JSON API (no sniffing, no framing, no caching, no referrer). A streamed
/// body is produced here, so exceptions from its writer come out of this call.
void writeResponse(Poco::Net::HTTPServerResponse& out, const Response& response, const std::string& requestId);

} // namespace aih::http
