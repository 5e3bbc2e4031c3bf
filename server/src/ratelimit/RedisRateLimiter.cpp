// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/RedisRateLimiter.h"

#include <iomanip>
#include <sstream>

namespace aih::ratelimit {
namespace {

// KEYS: for each subject i, its current window counter then its previous one.
// ARGV: weight of the previous window, TTL in seconds, consume (1/0), then each subject's limit.
// Returns: index (1-based) of the first subject that refused or 0, then each subject's
// current and previous counts as they are after the decision.
const redis::Script decideScript(R"lua(
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
)lua");

// KEYS: counters; ARGV: how much to take off each, never below zero.
const redis::Script giveBackScript(R"lua(
for i = 1, #KEYS do
    local current = tonumber(redis.call('GET', KEYS[i]) or '0')
    local back = math.min(current, tonumber(ARGV[i]))
    if back > 0 then
        redis.call('DECRBY', KEYS[i], back)
    end
end
return 0
)lua");

} // namespace

std::string counterKey(const std::string& bucket, std::int64_t index)
{
    return "aih:rl:" + bucket + ":" + std::to_string(index);
}

std::string weightArgument(const Window& window, double now)
{
    std::ostringstream weight;
    weight << std::setprecision(17) << window.previousWeight(now);
    return weight.str();
}

void giveBackCounts(redis::Client& client, const std::vector<std::string>& keys,
                    const std::vector<std::int64_t>& counts)
{
    std::vector<std::string> args;
    args.reserve(counts.size());
    for (const auto count : counts) {
        args.push_back(std::to_string(count));
    }
    client.eval(giveBackScript, keys, args);
}

RedisRateLimiter::RedisRateLimiter(std::shared_ptr<redis::Client> client, Window window)
    : client_(std::move(client)), window_(window)
{
}

void RedisRateLimiter::ping()
{
    client_->run({"PING"});
}

Outcome RedisRateLimiter::run(const std::vector<Subject>& subjects, double now, bool consume)
{
    const auto index = window_.indexAt(now);
    std::vector<std::string> keys;
    for (const auto& subject : subjects) {
        keys.push_back(counterKey(subject.bucket, index));
        keys.push_back(counterKey(subject.bucket, index - 1));
    }
    std::vector<std::string> args{weightArgument(window_, now), std::to_string(window_.seconds * 2),
                                  consume ? "1" : "0"};
    for (const auto& subject : subjects) {
        args.push_back(std::to_string(subject.limit));
    }
    const auto reply = client_->eval(decideScript, keys, args);
    if (reply.items.size() != 1 + subjects.size() * 2) {
        throw redis::Error("unexpected rate-limit script reply");
    }
    Outcome outcome;
    outcome.refusedBy = static_cast<int>(reply.items[0].asInteger()) - 1;
    const bool allowed = outcome.refusedBy < 0;
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        const WindowCounts counts{reply.items[2 + 2 * i].asInteger(), reply.items[1 + 2 * i].asInteger()};
        outcome.decisions.push_back(describe(counts, subjects[i].limit, window_, now,
                                             allowed || static_cast<int>(i) != outcome.refusedBy));
    }
    return outcome;
}

void RedisRateLimiter::giveBack(const std::vector<Subject>& subjects, double now)
{
    const auto index = window_.indexAt(now);
    std::vector<std::string> keys;
    for (const auto& subject : subjects) {
        keys.push_back(counterKey(subject.bucket, index));
    }
    giveBackCounts(*client_, keys, std::vector<std::int64_t>(keys.size(), 1));
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
