// SPDX-License-Identifier: Apache-2.0
#include "net/ChunkedBody.h"

#include "errors/ApiError.h"

#include <Poco/Ascii.h>
#include <Poco/NumberFormatter.h>
#include <algorithm>

namespace aih::net {
namespace {

using errors::ApiError;
using errors::ErrorCode;

constexpr std::size_t maxLineBytes = 4096;
constexpr std::size_t maxTrailerBytes = std::size_t{16} * 1024;
// More than any body here needs, and where Poco (which reads eight) and other parsers part ways.
constexpr std::size_t maxSizeDigits = 8;

[[noreturn]] void malformedChunk(const std::string& detail)
{
    throw ApiError(ErrorCode::MalformedRequest, detail);
}

/// The line starting at `at` without its CRLF; npos-sized view while it has not fully arrived.
bool nextLine(std::string_view encoded, std::size_t at, std::string_view& line)
{
    const auto end = encoded.find('\n', at);
    if (end == std::string_view::npos) {
        if (encoded.size() - at > maxLineBytes) {
            malformedChunk("A chunk size line is too long.");
        }
        return false;
    }
    if (end == at || encoded[end - 1] != '\r') {
        malformedChunk("Chunk lines must end with CRLF.");
    }
    line = encoded.substr(at, end - 1 - at);
    if (line.size() > maxLineBytes) {
        malformedChunk("A chunk size line is too long.");
    }
    return true;
}

/// RFC 9112 7.1.1: `chunk-ext = *( BWS ";" BWS name [ BWS "=" BWS value ] )`; extensions are
/// ignored, but must look like extensions and hold no control characters.
bool isChunkExtension(std::string_view rest)
{
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) {
        rest.remove_prefix(1);
    }
    return rest.empty() || (rest.front() == ';' && std::ranges::none_of(rest, [](char c) {
                                return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f;
                            }));
}

} // namespace

ChunkedBody::ChunkedBody(std::size_t maxBodyBytes) : maxBodyBytes_(maxBodyBytes) {}

bool ChunkedBody::decode(std::string_view encoded)
{
    while (!inTrailer_) {
        std::string_view line;
        if (!nextLine(encoded, at_, line)) {
            return false;
        }
        const auto digits =
            static_cast<std::size_t>(std::ranges::find_if_not(line, Poco::Ascii::isHexDigit) - line.begin());
        if (digits == 0 || digits > maxSizeDigits || !isChunkExtension(line.substr(digits))) {
            malformedChunk("A chunk size is not a hexadecimal number.");
        }
        const auto size = std::stoull(std::string(line.substr(0, digits)), nullptr, 16);
        if (size > maxBodyBytes_ - body_.size()) {
            throw ApiError(ErrorCode::PayloadTooLarge,
                           "The body exceeds the limit of " + std::to_string(maxBodyBytes_) + " bytes.");
        }
        const auto dataAt = at_ + line.size() + 2;
        if (size == 0) {
            at_ = dataAt;
            inTrailer_ = true;
            break;
        }
        if (encoded.size() < dataAt + size + 2) {
            return false;
        }
        if (encoded.substr(dataAt + size, 2) != "\r\n") {
            malformedChunk("Chunk data must be followed by CRLF.");
        }
        body_.append(encoded.substr(dataAt, size));
        at_ = dataAt + size + 2;
        // Framing bytes are bounded too: a megabyte sent as one-byte chunks is six.
        if (at_ > 2 * maxBodyBytes_ + maxTrailerBytes && at_ > 3 * body_.size()) {
            throw ApiError(ErrorCode::PayloadTooLarge, "The body's chunk framing is too large.");
        }
    }
    return decodeTrailer(encoded);
}

bool ChunkedBody::decodeTrailer(std::string_view encoded)
{
    // Trailer fields are read past and dropped (RFC 9112 7.1.2 lets a recipient discard them).
    for (;;) {
        std::string_view line;
        if (!nextLine(encoded, at_, line)) {
            return false;
        }
        at_ += line.size() + 2;
        if (line.empty()) {
            return true;
        }
        const auto colon = line.find(':');
        if (colon == 0 || colon == std::string_view::npos || line.front() == ' ' || line.front() == '\t' ||
            !std::ranges::all_of(line.substr(0, colon), [](char c) {
                return Poco::Ascii::isAlphaNumeric(c) ||
                       std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
            })) {
            malformedChunk("A trailer line is not a header field.");
        }
        if (at_ > maxTrailerBytes + 2 * maxBodyBytes_ + maxLineBytes) {
            malformedChunk("The trailer section is too large.");
        }
    }
}

std::string ChunkedBody::canonical() const
{
    if (body_.empty()) {
        return "0\r\n\r\n";
    }
    return Poco::NumberFormatter::formatHex(body_.size()) + "\r\n" + body_ + "\r\n0\r\n\r\n";
}

} // namespace aih::net
