// SPDX-License-Identifier: Apache-2.0
#include "net/RequestHead.h"

#include "errors/ApiError.h"

#include <Poco/Ascii.h>
#include <Poco/String.h>
#include <algorithm>
#include <string>

namespace aih::net {
namespace {

using errors::ApiError;
using errors::ErrorCode;

constexpr std::size_t longestMethodAndVersion = 64;

bool isTokenChar(char c)
{
    return Poco::Ascii::isAlphaNumeric(c) ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(std::string_view text)
{
    return !text.empty() && std::ranges::all_of(text, isTokenChar);
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

[[noreturn]] void malformed(const std::string& detail)
{
    throw ApiError(ErrorCode::MalformedRequest, detail);
}

[[noreturn]] void fieldsTooLarge(const std::string& detail)
{
    throw ApiError(ErrorCode::HeaderFieldsTooLarge, detail);
}

/// RFC 9110 7.2: `uri-host [ ":" port ]`, the host a reg-name or a bracketed IP literal; empty is
/// allowed (RFC 9112 3.2, a target without authority).
bool isValidHost(std::string_view value)
{
    if (value.empty()) {
        return true;
    }
    std::string_view host = value;
    std::string_view port;
    bool hasPort = false;
    if (value.front() == '[') {
        const auto close = value.find(']');
        if (close == std::string_view::npos || close == 1) {
            return false;
        }
        host = value.substr(1, close - 1);
        const auto rest = value.substr(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':') {
                return false;
            }
            port = rest.substr(1);
            hasPort = true;
        }
        if (!std::ranges::all_of(host,
                                 [](char c) { return Poco::Ascii::isHexDigit(c) || c == ':' || c == '.'; })) {
            return false;
        }
    } else {
        const auto colon = value.rfind(':');
        if (colon != std::string_view::npos) {
            host = value.substr(0, colon);
            port = value.substr(colon + 1);
            hasPort = true;
        }
        const auto regName = [](char c) {
            return Poco::Ascii::isAlphaNumeric(c) ||
                   std::string_view("-._~!$&'()*+,;=%").find(c) != std::string_view::npos;
        };
        if (host.empty() || !std::ranges::all_of(host, regName)) {
            return false;
        }
    }
    return !hasPort || (port.size() <= 5 && std::ranges::all_of(port, Poco::Ascii::isDigit));
}

/// A line end must be CRLF: a bare LF (or CR) is where parsers disagree about framing.
void requireCrlf(std::string_view bytes, std::size_t lineFeed)
{
    if (lineFeed == 0 || bytes[lineFeed - 1] != '\r') {
        malformed("Lines of a request head must end with CRLF.");
    }
}

/// While the request line is still arriving: refuse at once what can never become valid, so a
/// client cannot hold the connection with a line that is already too long or not HTTP.
void checkPartialRequestLine(std::string_view line, const HeadLimits& limits)
{
    const auto method = line.substr(0, line.find(' '));
    if (!std::ranges::all_of(method, isTokenChar)) {
        malformed("The request line is not HTTP.");
    }
    if (line.size() > limits.maxTargetBytes + longestMethodAndVersion) {
        throw ApiError(ErrorCode::UriTooLong, "The request target is longer than " +
                                                  std::to_string(limits.maxTargetBytes) + " bytes.");
    }
}

void checkRequestLine(std::string_view line, const HeadLimits& limits, bool& http11)
{
    const auto firstSpace = line.find(' ');
    const auto lastSpace = line.rfind(' ');
    if (firstSpace == std::string_view::npos || firstSpace == lastSpace) {
        malformed("The request line is not HTTP.");
    }
    const auto method = line.substr(0, firstSpace);
    const auto target = line.substr(firstSpace + 1, lastSpace - firstSpace - 1);
    const auto version = line.substr(lastSpace + 1);
    if (!isToken(method)) {
        malformed("The request method is not a token.");
    }
    if (target.size() > limits.maxTargetBytes) {
        throw ApiError(ErrorCode::UriTooLong, "The request target is longer than " +
                                                  std::to_string(limits.maxTargetBytes) + " bytes.");
    }
    // RFC 9112 3.2: visible ASCII only (anything else is percent-encoded). Poco 1.11 also reads a
    // 0xFF byte of the head as the end of its input (HTTPSession::get returns a sign-extended
    // char), after which the rest of the line was parsed as something else: found by fuzz/http.
    if (target.empty() || !std::ranges::all_of(target, [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte > 0x20 && byte < 0x7f;
        })) {
        malformed("The request target is not valid.");
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        malformed("Only HTTP/1.1 and HTTP/1.0 are spoken here.");
    }
    http11 = version == "HTTP/1.1";
}

struct Framing
{
    int hosts = 0;
    std::string_view host;
    int lengths = 0;
    std::string_view length;
    int codings = 0;
    std::string_view coding;
    bool expectContinue = false;
};

void checkField(std::string_view line, const HeadLimits& limits, Framing& framing)
{
    if (line.size() > limits.maxFieldLineBytes) {
        fieldsTooLarge("A header field is longer than " + std::to_string(limits.maxFieldLineBytes) +
                       " bytes.");
    }
    if (line.front() == ' ' || line.front() == '\t') {
        malformed("Header fields may not be folded over lines.");
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) {
        malformed("A header line has no colon.");
    }
    const auto name = line.substr(0, colon);
    if (name.size() > limits.maxFieldNameBytes) {
        fieldsTooLarge("A header field name is longer than " + std::to_string(limits.maxFieldNameBytes) +
                       " bytes.");
    }
    if (!isToken(name)) {
        // Includes whitespace before the colon, which proxies strip or keep as they like.
        malformed("A header field name is not a token.");
    }
    const auto value = trimmed(line.substr(colon + 1));
    // obs-text (0x80-0xFF) stays allowed as RFC 9110 5.5 asks, except 0xFF: Poco 1.11 takes that
    // byte for the end of the head (see the request target above).
    if (std::ranges::any_of(value, [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return (byte < 0x20 && c != '\t') || byte == 0x7f || byte == 0xff;
        })) {
        malformed("A header field value holds a control character.");
    }
    if (Poco::icompare(std::string(name), "Host") == 0) {
        ++framing.hosts;
        framing.host = value;
    } else if (Poco::icompare(std::string(name), "Content-Length") == 0) {
        ++framing.lengths;
        framing.length = value;
    } else if (Poco::icompare(std::string(name), "Transfer-Encoding") == 0) {
        ++framing.codings;
        framing.coding = value;
    } else if (Poco::icompare(std::string(name), "Expect") == 0) {
        framing.expectContinue = Poco::icompare(std::string(value), "100-continue") == 0;
    }
}

RequestHead checkFraming(const Framing& framing, bool http11, std::size_t size)
{
    if (framing.hosts > 1 || (http11 && framing.hosts == 0)) {
        malformed("An HTTP/1.1 request must name exactly one Host.");
    }
    if (framing.hosts == 1 && !isValidHost(framing.host)) {
        malformed("The Host header is not a valid host.");
    }
    RequestHead head;
    head.size = size;
    head.expectContinue = framing.expectContinue;
    // RFC 9112 6.1 and 6.3: a body framed by anything but chunked alone, framed twice, or by a
    // Content-Length given twice or not as digits, could be read differently by a proxy in
    // front of us; such requests are refused.
    if (framing.lengths > 1 || framing.codings > 1 || (framing.lengths > 0 && framing.codings > 0)) {
        malformed("The request's body framing is ambiguous.");
    }
    if (framing.lengths == 1) {
        if (framing.length.empty() || framing.length.size() > 18 ||
            !std::ranges::all_of(framing.length, Poco::Ascii::isDigit)) {
            malformed("Content-Length must be a number.");
        }
        head.contentLength = std::stoull(std::string(framing.length));
    }
    if (framing.codings == 1) {
        if (!http11 || Poco::icompare(std::string(framing.coding), "chunked") != 0) {
            malformed("Only chunked transfer coding, alone, is accepted.");
        }
        head.chunked = true;
    }
    return head;
}

} // namespace

std::optional<RequestHead> checkRequestHead(std::string_view bytes, const HeadLimits& limits)
{
    const auto lineEnd = bytes.find('\n');
    if (lineEnd == std::string_view::npos) {
        checkPartialRequestLine(bytes, limits);
        return std::nullopt;
    }
    requireCrlf(bytes, lineEnd);
    bool http11 = true;
    checkRequestLine(bytes.substr(0, lineEnd - 1), limits, http11);
    Framing framing;
    std::size_t fields = 0;
    std::size_t at = lineEnd + 1;
    for (;;) {
        if (at > limits.maxHeadBytes) {
            fieldsTooLarge("The request head is larger than " + std::to_string(limits.maxHeadBytes) +
                           " bytes.");
        }
        const auto next = bytes.find('\n', at);
        if (next == std::string_view::npos) {
            if (bytes.size() - at > limits.maxFieldLineBytes + 1 || bytes.size() > limits.maxHeadBytes) {
                fieldsTooLarge("A header field is longer than " + std::to_string(limits.maxFieldLineBytes) +
                               " bytes.");
            }
            return std::nullopt;
        }
        requireCrlf(bytes, next);
        const auto line = bytes.substr(at, next - 1 - at);
        at = next + 1;
        if (line.empty()) {
            return checkFraming(framing, http11, at);
        }
        if (++fields > limits.maxFields) {
            fieldsTooLarge("The request has more than " + std::to_string(limits.maxFields) +
                           " header fields.");
        }
        checkField(line, limits, framing);
    }
}

} // namespace aih::net
