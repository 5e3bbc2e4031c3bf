// SPDX-License-Identifier: Apache-2.0
#include "http/SecurityHeaders.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/StreamSocket.h>
#include <algorithm>
#include <string_view>

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

/// Calls `add(name, value)` for every header a response carries besides its framing: the one
/// list both ways of sending use, so a streamed export and a JSON answer cannot drift apart.
template <typename Add> void forEachHeader(const Response& response, const std::string& requestId, Add&& add)
{
    // A handler may choose its own value for one of these (the portal's forms need a referrer
    // policy that keeps their Origin); a default is then left out rather than sent twice.
    const auto addDefault = [&](const std::string& name, const std::string& value) {
        const bool chosen = std::any_of(response.headers.begin(), response.headers.end(),
                                        [&](const auto& header) { return header.first == name; });
        if (!chosen) {
            add(name, value);
        }
    };
    addDefault("X-Request-ID", requestId);
    addDefault("X-Content-Type-Options", "nosniff");
    addDefault("X-Frame-Options", "DENY");
    addDefault("Referrer-Policy", "no-referrer");
    switch (response.delivery) {
    case Delivery::Api:
        addDefault("Cache-Control", "no-store");
        addDefault("Content-Security-Policy", apiPolicy);
        break;
    case Delivery::Page:
        addDefault("Cache-Control", "no-cache");
        addDefault("Content-Security-Policy", pagePolicy);
        addDefault("Cross-Origin-Opener-Policy", "same-origin");
        break;
    case Delivery::Immutable:
        addDefault("Cache-Control", "public, max-age=31536000, immutable");
        addDefault("ETag", quotedEtag(response.etag));
        addDefault("Content-Security-Policy", assetPolicy);
        addDefault("Cross-Origin-Resource-Policy", "same-origin");
        break;
    }
    // Every one of the handler's own headers goes out, Set-Cookie once per cookie.
    for (const auto& [name, value] : response.headers) {
        add(name, value);
    }
}

/// A header value that could end the header line would let whoever chose it write headers of
/// their own; none of ours should ever contain one, so such a header is dropped, not sent.
bool isSafeHeaderValue(std::string_view value)
{
    return std::none_of(value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n'; });
}

/// Chunked: the writer produces the body after the headers are out, through Poco's stream. An
/// HTTP/1.0 client knows no chunks (RFC 9112 6.1): its body ends where the connection does.
void writeStreamed(const Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& out,
                   const Response& response, const std::string& requestId)
{
    out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
    forEachHeader(response, requestId, [&](const std::string& name, const std::string& value) {
        if (isSafeHeaderValue(value)) {
            out.add(name, value);
        }
    });
    out.setContentType(response.contentType);
    if (request.getVersion() == Poco::Net::HTTPMessage::HTTP_1_0) {
        out.setKeepAlive(false);
    } else {
        out.setChunkedTransferEncoding(true);
    }
    auto& body = out.send();
    // HEAD gets the GET's headers only: Poco drops a body written after them, so it is not made.
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_HEAD) {
        response.stream(body);
    }
}

/// A body held in memory goes out as one buffer, status line and headers included, in one write.
/// Poco's send() would format the headers twice (once only to count them) through unbuffered
/// streams and send headers and body separately: together most of the cost of a small answer.
/// The headers Poco set for the connection (Date, Connection) are taken from `out`.
void writeWhole(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& out,
                const Response& response, const std::string& requestId)
{
    std::string wire;
    wire.reserve(640 + response.body.size());
    const auto status = static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status);
    wire += out.getVersion();
    wire += ' ';
    wire += std::to_string(response.status);
    wire += ' ';
    wire += Poco::Net::HTTPResponse::getReasonForStatus(status);
    wire += "\r\n";
    const auto addLine = [&wire](const std::string& name, const std::string& value) {
        if (isSafeHeaderValue(value)) {
            wire += name;
            wire += ": ";
            wire += value;
            wire += "\r\n";
        }
    };
    for (const auto& [name, value] : out) {
        addLine(name, value);
    }
    forEachHeader(response, requestId, addLine);
    const bool bodiless = response.status == 204 || response.status == 304;
    if (!bodiless) {
        addLine("Content-Type", response.contentType);
    }
    // RFC 9110 8.6: no Content-Length on a 204, and on a 304 only the 200's, which is optional.
    if (!bodiless) {
        addLine("Content-Length", std::to_string(response.body.size()));
    }
    wire += "\r\n";
    if (!bodiless && request.getMethod() != Poco::Net::HTTPRequest::HTTP_HEAD) {
        wire += response.body;
    }
    auto& served = dynamic_cast<Poco::Net::HTTPServerRequestImpl&>(request);
    served.socket().sendBytes(wire.data(), static_cast<int>(wire.size()));
}

} // namespace

std::vector<std::pair<std::string, std::string>> headersFor(const Response& response,
                                                            const std::string& requestId)
{
    std::vector<std::pair<std::string, std::string>> headers;
    forEachHeader(response, requestId, [&headers](const std::string& name, const std::string& value) {
        if (isSafeHeaderValue(value)) {
            headers.emplace_back(name, value);
        }
    });
    return headers;
}

void writeResponse(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& out,
                   const Response& response, const std::string& requestId)
{
    if (response.stream) {
        writeStreamed(request, out, response, requestId);
    } else {
        writeWhole(request, out, response, requestId);
    }
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
