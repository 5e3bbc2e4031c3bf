// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/RequestLimits.h"

#include "errors/ApiError.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <chrono>

namespace aih::ratelimit {
namespace {

constexpr long long expiryWarningSeconds = 7LL * 24 * 3600;

void warnIfExpiringSoon(const identity::Principal& principal, double now, HeaderList& headers)
{
    if (principal.isApiKey() && principal.keyExpiresAt != 0 &&
        principal.keyExpiresAt - static_cast<long long>(now) < expiryWarningSeconds) {
        const auto when = Poco::DateTimeFormatter::format(
            Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(principal.keyExpiresAt)),
            Poco::DateTimeFormat::ISO8601_FORMAT);
        headers.emplace_back("Warning", "299 aihd \"API key expires at " + when + "\"");
    }
}

} // namespace

RequestLimits::RequestLimits(RateLimiter& limiter, tenancy::TenantPlans& plans, const time::Clock& clock)
    : limiter_(limiter), plans_(plans), clock_(clock)
{
}

std::vector<Subject> RequestLimits::subjectsOf(const http::RequestContext& ctx)
{
    const auto& principal = ctx.principal;
    std::vector<Subject> subjects;
    subjects.reserve(2);
    if (!principal.isMember() || ctx.tenantId.empty()) {
        return subjects;
    }
    const auto plan = plans_.get(ctx.tenantId);
    if (principal.isApiKey()) {
        // A key's own limit never exceeds its tenant's plan, even if the plan shrank since.
        subjects.push_back(
            {"key", "k:" + principal.apiKeyId, std::min(principal.keyRateLimit, plan.apiRateLimit)});
    }
    subjects.push_back({"tenant", "t:" + ctx.tenantId, plan.apiRateLimit});
    return subjects;
}

HeaderList RequestLimits::admit(const http::RequestContext& ctx)
{
    const auto subjects = subjectsOf(ctx);
    if (subjects.empty()) {
        return {};
    }
    const double now = clock_.nowFractional();
    const auto outcome = limiter_.admit(subjects, now);
    auto headers = limitHeaders(subjects, outcome, now);
    warnIfExpiringSoon(ctx.principal, now, headers);
    if (outcome.refusedBy >= 0) {
        const auto& subject = subjects[static_cast<std::size_t>(outcome.refusedBy)];
        (ctx.principal.isApiKey() && outcome.refusedBy == 0 ? decisions_.keyRefused
                                                            : decisions_.tenantRefused)
            .add();
        const auto& decision = outcome.decisions[static_cast<std::size_t>(outcome.refusedBy)];
        throw errors::ApiError(errors::ErrorCode::RateLimited, "The " + subject.name + " rate limit of " +
                                                                   std::to_string(decision.limit) +
                                                                   " calls per hour is used up.")
            .withExtension("limit", subject.name)
            .withRetryAfter(static_cast<int>(decision.retryAfter))
            .withHeaders(std::move(headers));
    }
    // Counted against the tenant's limit always, and the key's too for an API key.
    decisions_.tenantAdmitted.add();
    if (ctx.principal.isApiKey()) {
        decisions_.keyAdmitted.add();
    }
    return headers;
}

Poco::JSON::Object::Ptr RequestLimits::status(const http::RequestContext& ctx)
{
    const auto subjects = subjectsOf(ctx);
    const auto outcome = limiter_.peek(subjects, clock_.nowFractional());
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (std::size_t i = 0; i < subjects.size(); ++i) {
        const auto& decision = outcome.decisions[i];
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("limit", decision.limit);
        entry->set("remaining", decision.remaining);
        entry->set("reset", decision.resetAt);
        entry->set("window_seconds", 3600);
        out->set(subjects[i].name, entry);
    }
    return out;
}

void RequestLimits::writeMetrics(observability::PrometheusWriter& out) const
{
    constexpr std::string_view name = "aih_rate_limit_decisions_total";
    out.family(name, "counter", "Rate-limit decisions by the limit concerned (key or tenant).");
    out.sample(name, {{"scope", "key"}, {"decision", "admitted"}}, decisions_.keyAdmitted.value());
    out.sample(name, {{"scope", "key"}, {"decision", "refused"}}, decisions_.keyRefused.value());
    out.sample(name, {{"scope", "tenant"}, {"decision", "admitted"}}, decisions_.tenantAdmitted.value());
    out.sample(name, {{"scope", "tenant"}, {"decision", "refused"}}, decisions_.tenantRefused.value());
}

} // namespace aih::ratelimit
