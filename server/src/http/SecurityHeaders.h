// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Response.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <string>
#include <utility>
#include <vector>

namespace aih::http {

/// Writes a Response with the headers every response carries: the request id, and the security
/// and caching headers its Delivery calls for (a careful JSON API by default; a no-script CSP for
/// pages; long-lived, hash-keyed caching with `nosniff` for immutable assets). A streamed body is
/// produced here, so exceptions from its writer come out of this call.
void writeResponse(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& out,
                   const Response& response, const std::string& requestId);

/// The same headers writeResponse adds (besides status, framing, Date and Connection), for the
/// connection layer's own answers, which are written without a request.
std::vector<std::pair<std::string, std::string>> headersFor(const Response& response,
                                                            const std::string& requestId);

/// Turns an Immutable response into 304 Not Modified when the client already holds it.
void answerConditionally(const Poco::Net::HTTPServerRequest& request, Response& response);

} // namespace aih::http
