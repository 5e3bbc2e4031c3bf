// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace aih::net {

/// What a request head may hold before it is refused: tighter than Poco's own limits (8000-byte
/// target, 100 fields, 256-byte names, 8192-byte values), so a request over one is answered
/// 414 or 431 here instead of reaching Poco, whose exception could only say "not HTTP".
struct HeadLimits
{
    std::size_t maxTargetBytes = 8000;
    std::size_t maxFieldLineBytes = 8192;
    std::size_t maxFieldNameBytes = 256;
    std::size_t maxFields = 100;
    std::size_t maxHeadBytes = std::size_t{64} * 1024;
};

/// How the body that follows a checked head is framed.
struct RequestHead
{
    std::size_t size = 0; ///< bytes up to and including the empty line
    bool chunked = false;
    std::optional<std::uint64_t> contentLength;
    bool expectContinue = false;
};

/// Checks the request head at the start of `bytes` (RFC 9112 2-7, strictly): one request line
/// of a token method, a target and HTTP/1.0 or HTTP/1.1; lines ended by CRLF; field names that
/// are tokens right up to their colon (`Host : x` is refused, RFC 9112 5.1); no obsolete line
/// folding; exactly one valid Host for HTTP/1.1 (at most one for 1.0); at most one
/// Content-Length, of digits; Transfer-Encoding only as `chunked` alone, never with a length.
///
/// Returns nothing while the head is incomplete and nothing is wrong yet; throws
/// errors::ApiError to refuse it: 414 (target too long), 431 (a field, the field count or the
/// whole head too large) or 400 (anything else).
std::optional<RequestHead> checkRequestHead(std::string_view bytes, const HeadLimits& limits = {});

} // namespace aih::net
