// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/LeasedRateLimiter.h"

#include "logging/Logger.h"

#include <cmath>

namespace aih::ratelimit {
namespace {

const logging::Logger leasedRateLimiterLogger("rate-limiter");

// KEYS: for each subject i, its current window counter then its previous one.
// ARGV: weight of the previous window, TTL in seconds, then each subject's limit and the tokens
// wanted for it (0: this instance still holds some, the subject is only read).
// Grants each wanting subject min(wanted, allowance left) tokens, counting them at once, or
// nothing at all when one of them has no allowance left (a refusal consumes none).
// Returns: index (1-based) of the first subject that refused or 0, then per subject the tokens
// granted and its current and previous counts after the lease.
const redis::Script leaseScript(R"lua(
local weight = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
local n = #KEYS / 2
local current, previous, grant = {}, {}, {}
local refused = 0
for i = 1, n do
    current[i] = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
    previous[i] = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
    local want = tonumber(ARGV[2 + 2 * i])
    local allowance = math.floor(tonumber(ARGV[1 + 2 * i]) - previous[i] * weight - current[i])
    grant[i] = math.max(0, math.min(want, allowance))
    if refused == 0 and want > 0 and grant[i] < 1 then
        refused = i
    end
end
local result = {refused}
for i = 1, n do
    if refused ~= 0 then
        grant[i] = 0
    elseif grant[i] > 0 then
        current[i] = redis.call('INCRBY', KEYS[2 * i - 1], grant[i])
        redis.call('EXPIRE', KEYS[2 * i - 1], ttl)
    end
    result[3 * i - 1] = grant[i]
    result[3 * i] = current[i]
    result[3 * i + 1] = previous[i]
end
return result
)lua");

// A lease is rare (one per slice), so waiting for a replica to have it costs little, and a
// replica promoted by Sentinel then knows what was leased. Bounded: a slow replica must not
// slow requests down by more than this.
constexpr int replicaWaitMs = 5;
// Under heavy contention for the last tokens another thread may spend a lease before its
// leaser; after this many rounds the request is decided by Redis directly instead.
constexpr int leaseRounds = 4;

} // namespace

LeasedRateLimiter::LeasedRateLimiter(std::shared_ptr<redis::Client> client, Window window, LeaseSizing sizing)
    : client_(std::move(client)), window_(window), exact_(client_, window), book_(sizing)
{
}

LeasedRateLimiter::~LeasedRateLimiter()
{
    // Give what was leased and not used back, so the other instances may use it this window.
    try {
        giveBack(book_.drain());
    } catch (const std::exception& error) {
        leasedRateLimiterLogger.warning(std::string("could not give unused rate-limit leases back: ") +
                                        error.what());
    }
}

void LeasedRateLimiter::giveBack(const std::vector<LeaseBook::Unused>& unused)
{
    if (unused.empty()) {
        return;
    }
    std::vector<std::string> keys;
    std::vector<std::int64_t> counts;
    for (const auto& entry : unused) {
        keys.push_back(counterKey(entry.bucket, entry.index));
        counts.push_back(entry.tokens);
    }
    giveBackCounts(*client_, keys, counts);
}

LeasedRateLimiter::Lease LeasedRateLimiter::lease(const std::vector<Subject>& subjects,
                                                  const std::vector<std::int64_t>& wants, double now)
{
    const auto index = window_.indexAt(now);
    std::vector<std::string> keys;
    std::vector<std::string> args{weightArgument(window_, now), std::to_string(window_.seconds * 2)};
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        keys.push_back(counterKey(subjects[i].bucket, index));
        keys.push_back(counterKey(subjects[i].bucket, index - 1));
        args.push_back(std::to_string(subjects[i].limit));
        args.push_back(std::to_string(wants[i]));
    }
    const auto reply = client_->eval(leaseScript, keys, args, replicaWaitMs);
    if (reply.items.size() != 1 + subjects.size() * 3) {
        throw redis::Error("unexpected rate-limit lease reply");
    }
    Lease lease;
    lease.refusedBy = static_cast<int>(reply.items[0].asInteger()) - 1;
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        lease.granted.push_back(reply.items[1 + 3 * i].asInteger());
        lease.counts.push_back({reply.items[3 + 3 * i].asInteger(), reply.items[2 + 3 * i].asInteger()});
    }
    return lease;
}

void LeasedRateLimiter::addHeldTokens(const std::vector<Subject>& subjects, Outcome& outcome,
                                      double now) const
{
    const auto index = window_.indexAt(now);
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        outcome.decisions[i].remaining += book_.unused(subjects[i].bucket, index);
    }
}

void LeasedRateLimiter::record(const Subject& subject, const WindowCounts& counts, std::int64_t granted,
                               double now)
{
    const auto allowance = static_cast<std::int64_t>(
        std::floor(static_cast<double>(subject.limit) -
                   static_cast<double>(counts.previous) * window_.previousWeight(now) -
                   static_cast<double>(counts.current)));
    giveBack(book_.credit(subject.bucket, window_.indexAt(now), subject.limit, granted,
                          std::max<std::int64_t>(0, allowance)));
}

Outcome LeasedRateLimiter::refusal(const std::vector<Subject>& subjects, const Lease& lease, double now)
{
    // Remembered, so that local limits start from here should Redis go away.
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        record(subjects[i], lease.counts[i], 0, now);
    }
    Outcome outcome;
    outcome.refusedBy = lease.refusedBy;
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        outcome.decisions.push_back(describe(lease.counts[i], subjects[i].limit, window_, now,
                                             static_cast<int>(i) != lease.refusedBy));
    }
    addHeldTokens(subjects, outcome, now);
    return outcome;
}

Outcome LeasedRateLimiter::admit(const std::vector<Subject>& subjects, double now)
{
    const auto index = window_.indexAt(now);
    try {
        giveBack(book_.expire(index));
    } catch (const std::exception& error) {
        // Only the previous window's count stays a little high: erring towards the limit.
        leasedRateLimiterLogger.warning(std::string("could not give unused rate-limit leases back: ") +
                                        error.what());
    }
    for (int round = 0; round < leaseRounds; ++round) {
        auto attempt = book_.take(subjects, window_, now);
        if (attempt.admitted) {
            return Outcome{std::move(attempt.decisions), -1};
        }
        giveBack(attempt.voided);
        const auto granted = lease(subjects, attempt.wants, now);
        if (granted.refusedBy >= 0) {
            return refusal(subjects, granted, now);
        }
        for (std::size_t i = 0; i < subjects.size(); ++i) {
            if (granted.granted[i] > 0) {
                record(subjects[i], granted.counts[i], granted.granted[i], now);
            }
        }
    }
    return exact_.admit(subjects, now);
}

Outcome LeasedRateLimiter::peek(const std::vector<Subject>& subjects, double now)
{
    auto outcome = exact_.peek(subjects, now);
    addHeldTokens(subjects, outcome, now);
    return outcome;
}

void LeasedRateLimiter::ping()
{
    exact_.ping();
}

std::vector<Standing> LeasedRateLimiter::standings(double now) const
{
    return book_.standings(window_.indexAt(now));
}

} // namespace aih::ratelimit
