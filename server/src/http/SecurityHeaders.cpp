// SPDX-License-Identifier: Apache-2.0
#include "http/SecurityHeaders.h"

namespace aih::http {

void writeResponse(Poco::Net::HTTPServerResponse& out, const Response& response, const std::string& requestId)
{
    out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    out.set("X-Request-ID", requestId);
    out.set("X-Content-Type-Options", "nosniff");
    out.set("X-Frame-Options", "DENY");
    out.set("Referrer-Policy", "no-referrer");
    out.set("Cache-Control", "no-store");
    out.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    for (const auto& [name, value] : response.headers) {
        out.set(name, value);
    }
    if (response.status == 204) {
        out.setContentLength(0);
        out.send();
        return;
    }
    out.setContentType(response.contentType);
    if (response.stream) {
        out.setChunkedTransferEncoding(true);
        response.stream(out.send());
        return;
    }
    out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
    out.send().write(response.body.data(), static_cast<std::streamsize>(response.body.size()));
}

} // namespace aih::http
