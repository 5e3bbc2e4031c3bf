// SPDX-License-Identifier: Apache-2.0
#include "http/SecurityHeaders.h"

namespace aih::http {
namespace {

// Pages carry no script at all; styles and images come only from this origin (the tenant's
// stylesheet is a separate, sanitised resource, so no inline style needs a nonce either), and
// their forms (the portal's sign-in) post only back to it.
constexpr const char* pagePolicy =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'";
constexpr const char* apiPolicy = "default-src 'none'; frame-ancestors 'none'";
// Should an asset ever be opened as a document, it can do nothing there.
constexpr const char* assetPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

std::string quotedEtag(const std::string& etag)
{
    return "\"" + etag + "\"";
}

void setDeliveryHeaders(Poco::Net::HTTPServerResponse& out, const Response& response)
{
    switch (response.delivery) {
    case Delivery::Api:
        out.set("Cache-Control", "no-store");
        out.set("Content-Security-Policy", apiPolicy);
        break;
    case Delivery::Page:
        out.set("Cache-Control", "no-cache");
        out.set("Content-Security-Policy", pagePolicy);
        out.set("Cross-Origin-Opener-Policy", "same-origin");
        break;
    case Delivery::Immutable:
        out.set("Cache-Control", "public, max-age=31536000, immutable");
        out.set("ETag", quotedEtag(response.etag));
        out.set("Content-Security-Policy", assetPolicy);
        out.set("Cross-Origin-Resource-Policy", "same-origin");
        break;
    }
}

} // namespace

void writeResponse(Poco::Net::HTTPServerResponse& out, const Response& response, const std::string& requestId)
{
    out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    out.set("X-Request-ID", requestId);
    out.set("X-Content-Type-Options", "nosniff");
    out.set("X-Frame-Options", "DENY");
    out.set("Referrer-Policy", "no-referrer");
    setDeliveryHeaders(out, response);
    for (const auto& [name, value] : response.headers) {
        if (name == "Set-Cookie") {
            out.add(name, value); // one header per cookie
        } else {
            out.set(name, value);
        }
    }
    if (response.status == 204 || response.status == 304) {
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

void answerConditionally(const Poco::Net::HTTPServerRequest& request, Response& response)
{
    if (response.delivery != Delivery::Immutable || response.status != 200) {
        return;
    }
    const auto held = request.get("If-None-Match", "");
    if (held == quotedEtag(response.etag) || held == "W/" + quotedEtag(response.etag) || held == "*") {
        response.status = 304;
        response.body.clear();
    }
}

} // namespace aih::http
