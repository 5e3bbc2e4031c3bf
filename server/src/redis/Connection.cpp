// SPDX-License-Identifier: Apache-2.0
#include "redis/Connection.h"

#include <hiredis/hiredis.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace aih::redis {
namespace {

timeval toTimeval(std::chrono::milliseconds timeout)
{
    return {static_cast<time_t>(timeout.count() / 1000),
            static_cast<suseconds_t>(timeout.count() % 1000 * 1000)};
}

struct ReplyDeleter
{
    void operator()(void* reply) const { freeReplyObject(reply); }
};

} // namespace

void Connection::Free::operator()(redisContext* context) const
{
    redisFree(context);
}

Connection::Connection(const std::string& host, int port, std::chrono::milliseconds timeout)
    : context_(redisConnectWithTimeout(host.c_str(), port, toTimeval(timeout))), host_(host), port_(port)
{
    if (!context_) {
        throw Error("Redis: out of memory");
    }
    if (context_->err != 0) {
        fail("connect");
    }
    if (redisSetTimeout(context_.get(), toTimeval(timeout)) != REDIS_OK) {
        fail("set timeout");
    }
    // Small requests and replies: without TCP_NODELAY Nagle's algorithm holds a request back
    // until the previous one is acknowledged, and delayed ACKs make that ~40 ms per round trip.
    int on = 1;
    if (setsockopt(context_->fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) != 0) {
        throw Error("Redis: cannot set TCP_NODELAY");
    }
}

Connection::~Connection() = default;

void Connection::fail(const char* what) const
{
    throw Error(std::string("Redis ") + host_ + ":" + std::to_string(port_) + " " + what + ": " +
                (context_ && context_->errstr[0] != '\0' ? context_->errstr : "failed"));
}

std::vector<Reply> Connection::pipeline(const std::vector<Command>& commands)
{
    std::vector<const char*> argv;
    std::vector<std::size_t> lengths;
    for (const auto& command : commands) {
        argv.clear();
        lengths.clear();
        for (const auto& arg : command) {
            argv.push_back(arg.data());
            lengths.push_back(arg.size());
        }
        if (redisAppendCommandArgv(context_.get(), static_cast<int>(argv.size()), argv.data(),
                                   lengths.data()) != REDIS_OK) {
            fail("send");
        }
    }
    std::vector<Reply> replies;
    replies.reserve(commands.size());
    for (std::size_t i = 0; i < commands.size(); ++i) {
        void* raw = nullptr;
        if (redisGetReply(context_.get(), &raw) != REDIS_OK || raw == nullptr) {
            fail("reply");
        }
        const std::unique_ptr<void, ReplyDeleter> owned(raw);
        replies.push_back(Reply::from(*static_cast<redisReply*>(raw)));
    }
    return replies;
}

Reply Connection::run(const Command& command)
{
    return std::move(pipeline({command}).front());
}

} // namespace aih::redis
