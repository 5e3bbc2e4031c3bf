// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/RedisRateLimiter.h"

#include <Poco/Redis/Array.h>
#include <Poco/Redis/Exception.h>
#include <Poco/URI.h>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace aih::ratelimit {
namespace {

// KEYS: for each subject i, its current window counter then its previous one.
// ARGV: weight of the previous window, TTL in seconds, consume (1/0), then each subject's limit.
// Returns: index (1-based) of the first subject that refused or 0, then each subject's
// current and previous counts as they are after the decision.
constexpr const char* script = R"lua(
local weight = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local consume = ARGV[3] == '1'
local n = #KEYS / 2
local counts = {}
local refused = 0
for i = 1, n do
    local current = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
    local previous = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
    counts[2 * i - 1] = current
    counts[2 * i] = previous
    if refused == 0 and previous * weight + current + 1 > tonumber(ARGV[3 + i]) then
        refused = i
    end
end
if refused == 0 and consume then
    for i = 1, n do
        counts[2 * i - 1] = redis.call('INCR', KEYS[2 * i - 1])
        redis.call('EXPIRE', KEYS[2 * i - 1], ttl)
    end
end
local result = {refused}
for i = 1, 2 * n do
    result[i + 1] = counts[i]
end
return result
)lua";

// KEYS: counters to decrement, each only if above zero.
constexpr const char* giveBackScript = R"lua(
for i = 1, #KEYS do
    if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then
        redis.call('DECR', KEYS[i])
    end
end
return 0
)lua";

std::string counterKey(const std::string& bucket, std::int64_t index)
{
    return "aih:rl:" + bucket + ":" + std::to_string(index);
}

} // namespace

std::pair<std::string, int> parseRedisUrl(const std::string& url)
{
    const Poco::URI uri(url);
    if (uri.getScheme() != "redis" || uri.getHost().empty()) {
        throw std::invalid_argument("REDIS_URL must look like redis://host:port");
    }
    return {uri.getHost(), uri.getPort() == 0 ? 6379 : uri.getPort()};
}

RedisRateLimiter::RedisRateLimiter(std::string host, int port, Window window)
    : host_(std::move(host)), port_(port), window_(window)
{
}

RedisRateLimiter::ClientPtr RedisRateLimiter::acquire()
{
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto client = std::move(idle_.back());
            idle_.pop_back();
            return client;
        }
    }
    // Short timeouts: a Redis that hangs must cost a request milliseconds, not seconds.
    auto client = std::make_unique<Poco::Redis::Client>();
    client->connect(host_, port_, Poco::Timespan(0, 250'000));
    client->setReceiveTimeout(Poco::Timespan(0, 250'000));
    return client;
}

void RedisRateLimiter::release(ClientPtr client)
{
    std::lock_guard lock(mutex_);
    if (idle_.size() < 64) {
        idle_.push_back(std::move(client));
    }
}

template <typename Reply> Reply RedisRateLimiter::execute(const Poco::Redis::Array& command)
{
    auto client = acquire();
    Reply reply;
    try {
        reply = client->execute<Reply>(command);
    } catch (...) {
        // After one failure every pooled connection is suspect (a restarted Redis leaves them
        // all dead): drop them, so the next attempt connects afresh.
        std::lock_guard lock(mutex_);
        idle_.clear();
        throw;
    }
    release(std::move(client));
    return reply;
}

void RedisRateLimiter::ping()
{
    Poco::Redis::Array command;
    command << "PING";
    execute<std::string>(command);
}

Outcome RedisRateLimiter::run(const std::vector<Subject>& subjects, double now, bool consume)
{
    const auto index = window_.indexAt(now);
    std::ostringstream weight;
    weight << std::setprecision(17) << window_.previousWeight(now);
    Poco::Redis::Array command;
    command << "EVAL" << script << std::to_string(subjects.size() * 2);
    for (const auto& subject : subjects) {
        command << counterKey(subject.bucket, index) << counterKey(subject.bucket, index - 1);
    }
    command << weight.str() << std::to_string(window_.seconds * 2) << (consume ? "1" : "0");
    for (const auto& subject : subjects) {
        command << std::to_string(subject.limit);
    }
    // Redis caches the compiled script by its hash, so EVAL of the same text costs no recompile.
    const auto reply = execute<Poco::Redis::Array>(command);
    if (reply.size() != 1 + subjects.size() * 2) {
        throw Poco::Redis::RedisException("unexpected rate-limit script reply");
    }
    Outcome outcome;
    outcome.refusedBy = static_cast<int>(reply.get<Poco::Int64>(0)) - 1;
    const bool allowed = outcome.refusedBy < 0;
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        WindowCounts counts{reply.get<Poco::Int64>(2 + 2 * i), reply.get<Poco::Int64>(1 + 2 * i)};
        outcome.decisions.push_back(describe(counts, subjects[i].limit, window_, now,
                                             allowed || static_cast<int>(i) != outcome.refusedBy));
    }
    return outcome;
}

void RedisRateLimiter::giveBack(const std::vector<Subject>& subjects, double now)
{
    const auto index = window_.indexAt(now);
    Poco::Redis::Array command;
    command << "EVAL" << giveBackScript << std::to_string(subjects.size());
    for (const auto& subject : subjects) {
        command << counterKey(subject.bucket, index);
    }
    execute<Poco::Int64>(command);
}

Outcome RedisRateLimiter::admit(const std::vector<Subject>& subjects, double now)
{
    return run(subjects, now, true);
}

Outcome RedisRateLimiter::peek(const std::vector<Subject>& subjects, double now)
{
    return run(subjects, now, false);
}

} // namespace aih::ratelimit
