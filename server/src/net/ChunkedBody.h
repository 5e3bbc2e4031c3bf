// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace aih::net {

/// Decodes a chunked request body (RFC 9112 7.1) strictly, as it arrives.
///
/// Why not Poco's HTTPChunkedInputStream: Poco 1.11 reads at most 8 hex digits of a chunk size
/// (so `000000001` reads as 0 and the rest as the next request), skips any whitespace where the
/// CRLF after chunk data belongs (so a missing CRLF goes unnoticed), and ends the body at a bad
/// size line as if it were the last chunk. A proxy in front that reads the same bytes another
/// way can smuggle a request past it. Here every deviation is refused, and the connection layer
/// hands Poco the decoded body again in one canonical chunk, on which no two readers differ.
class ChunkedBody
{
public:
    /// `maxBodyBytes`: decoded bytes allowed; past them, or past twice as many framing bytes
    /// around them, errors::ApiError(PayloadTooLarge).
    explicit ChunkedBody(std::size_t maxBodyBytes);

    /// `encoded`: every body byte received so far, starting right after the head; each call
    /// passes at least what the last did. True once the last chunk and trailer section are in.
    /// Throws errors::ApiError(MalformedRequest) for bad framing.
    bool decode(std::string_view encoded);

    /// Bytes of `encoded` the complete body took (valid once decode() returned true).
    std::size_t consumed() const { return at_; }
    const std::string& body() const { return body_; }
    /// The decoded body as one chunk, the last chunk and an empty trailer section.
    std::string canonical() const;

private:
    bool decodeTrailer(std::string_view encoded);

    std::size_t maxBodyBytes_;
    std::size_t at_ = 0; ///< the start of the next line to read in `encoded`
    bool inTrailer_ = false;
    std::string body_;
};

} // namespace aih::net
