// SPDX-License-Identifier: Apache-2.0
#include "redis/Reply.h"

#include <charconv>
#include <hiredis/hiredis.h>

namespace aih::redis {

std::string ReplyError::code() const
{
    const std::string message = what();
    return message.substr(0, message.find(' '));
}

Reply Reply::from(const redisReply& reply)
{
    Reply out;
    switch (reply.type) {
    case REDIS_REPLY_STRING:
        out.type = Type::String;
        out.text.assign(reply.str, reply.len);
        break;
    case REDIS_REPLY_STATUS:
        out.type = Type::Status;
        out.text.assign(reply.str, reply.len);
        break;
    case REDIS_REPLY_ERROR:
        out.type = Type::Error;
        out.text.assign(reply.str, reply.len);
        break;
    case REDIS_REPLY_INTEGER:
        out.type = Type::Integer;
        out.integer = reply.integer;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = Type::Array;
        out.items.reserve(reply.elements);
        for (std::size_t i = 0; i < reply.elements; ++i) {
            out.items.push_back(from(*reply.element[i]));
        }
        break;
    default:
        out.type = Type::Nil;
    }
    return out;
}

const Reply& Reply::orThrow() const
{
    if (type == Type::Error) {
        throw ReplyError(text);
    }
    return *this;
}

std::int64_t Reply::asInteger() const
{
    if (type == Type::Integer) {
        return integer;
    }
    std::int64_t value = 0;
    if (type == Type::String &&
        std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc()) {
        return value;
    }
    throw Error("Redis answered something other than an integer");
}

} // namespace aih::redis
