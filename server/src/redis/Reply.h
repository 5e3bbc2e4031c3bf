// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

struct redisReply;

namespace aih::redis {

/// The connection or the protocol failed: the server may be gone, so the caller must not trust
/// the connection (or, with Sentinel, the address) again.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Redis answered with an error reply (`-NOSCRIPT ...`, `-READONLY ...`): the connection is fine.
class ReplyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
    /// The first word of the reply, e.g. "NOSCRIPT" or "READONLY".
    std::string code() const;
};

/// One reply, copied out of hiredis's reply tree so it outlives the connection.
struct Reply
{
    enum class Type
    {
        String,
        Array,
        Integer,
        Nil,
        Status,
        Error,
    };
    Type type = Type::Nil;
    std::string text;         ///< String, Status and Error
    std::int64_t integer = 0; ///< Integer
    std::vector<Reply> items; ///< Array

    static Reply from(const redisReply& reply);
    /// Throws ReplyError for an error reply, else returns itself.
    const Reply& orThrow() const;
    /// The integer of an Integer reply, or of a String that holds one; throws Error otherwise.
    std::int64_t asInteger() const;
};

} // namespace aih::redis
