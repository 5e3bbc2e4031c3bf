// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/RequestLimits.h"

#include "errors/ApiError.h"
#include "http/Route.h"
#include "time/Rfc3339.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <algorithm>
#include <chrono>
#include <iterator>

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

bool isAdminRecovery(const http::RequestContext& ctx)
{
    return ctx.route && ctx.route->limitBucket == http::LimitBucket::AdminRecovery &&
           ctx.principal.isUser() && ctx.principal.role >= Role::Admin;
}

} // namespace

RequestLimits::RequestLimits(RateLimiter& limiter, tenancy::TenantPlans& plans, metering::QuotaGuard& quota,
                             SessionLimitSettings sessions, const time::Clock& clock)
    : limiter_(limiter), plans_(plans), quota_(quota), sessions_(sessions), clock_(clock)
{
}

std::vector<Subject> RequestLimits::subjectsOf(const http::RequestContext& ctx, tenancy::TenantPlan* planOut)
{
    const auto& principal = ctx.principal;
    std::vector<Subject> subjects;
    subjects.reserve(2);
    if (principal.isOperator() || principal.isSupportView()) {
        // Operators read across tenants: their own bucket bounds how fast, even with a stolen
        // credential. A support view reads under the operator's name, never the tenant's limits.
        // Only reads of what routes serve: a probe (/readyz) is no operator's reading, and a
        // change (a deactivation, a suspension) is never held back, so an operator who read a
        // lot can still act on an incident; each change is audited on its own.
        const auto& method = ctx.caller.origin.method;
        const bool read = method == "GET" || method == "HEAD";
        if (!read || ctx.route == nullptr || ctx.route->access == http::Access::Open) {
            return subjects;
        }
        const auto& who = principal.isSupportView()      ? principal.userId
                          : principal.operatorId.empty() ? std::string("token")
                                                         : principal.operatorId;
        subjects.push_back({"operator", "o:" + who, sessions_.operatorLimit});
        return subjects;
    }
    if (!principal.isMember() || ctx.tenantId.empty()) {
        return subjects;
    }
    if (isAdminRecovery(ctx)) {
        // Not counted against the tenant: this is how an admin stops whoever used it up.
        subjects.push_back({"admin", "a:" + principal.userId, sessions_.adminRecoveryLimit});
        return subjects;
    }
    const auto plan = plans_.get(ctx.tenantId);
    if (principal.isApiKey()) {
        // A key's own limit never exceeds its tenant's plan, even if the plan shrank since.
        subjects.push_back(
            {"key", "k:" + principal.apiKeyId, std::min(principal.keyRateLimit, plan.apiRateLimit)});
    } else {
        subjects.push_back(
            {"user", "u:" + principal.userId, userRateLimit(plan.apiRateLimit, sessions_.userShare)});
    }
    subjects.push_back({"tenant", "t:" + ctx.tenantId, plan.apiRateLimit});
    if (planOut) {
        *planOut = plan;
    }
    return subjects;
}

RequestLimits::Decisions& RequestLimits::decisionsOf(const std::string& scope)
{
    for (auto& decisions : decisions_) {
        if (scope == decisions.scope) {
            return decisions;
        }
    }
    throw std::logic_error("no decision counters for rate-limit scope " + scope);
}

HeaderList RequestLimits::admit(const http::RequestContext& ctx)
{
    tenancy::TenantPlan plan;
    const auto subjects = subjectsOf(ctx, &plan);
    if (subjects.empty()) {
        return {};
    }
    const double now = clock_.nowFractional();
    if (ctx.principal.isApiKey() && ctx.principal.keyBurstLimit > 0) {
        // First: a burst refused here spends nothing of the hour or the month.
        const int perSecond = ctx.principal.keyBurstLimit;
        if (bursts_.take(ctx.principal.apiKeyId, perSecond, now) > 0) {
            decisionsOf("burst").refused.add();
            const auto reset = static_cast<long long>(now) + 1;
            throw errors::ApiError(errors::ErrorCode::RateLimited, "The key's burst limit of " +
                                                                       std::to_string(perSecond) +
                                                                       " calls per second is used up.")
                .withExtension("limit", "burst")
                .withRetryAfter(1)
                .withHeaders({{"X-RateLimit-Limit", std::to_string(perSecond)},
                              {"X-RateLimit-Remaining", "0"},
                              {"X-RateLimit-Reset", std::to_string(reset)}});
        }
        decisionsOf("burst").admitted.add();
    }
    if (ctx.principal.isApiKey()) {
        // Before the hourly windows: a call the month refuses does not use up the hour. Only
        // API calls are metered by the month; people in the console or portal (sessions) can
        // still read their usage, their audit trail and their billing, and upgrade.
        try {
            quota_.check(ctx.tenantId, plan.monthlyQuota);
        } catch (const errors::ApiError&) {
            decisionsOf("monthly").refused.add();
            throw;
        }
        decisionsOf("monthly").admitted.add();
    }
    const auto outcome = limiter_.admit(subjects, now);
    auto headers = limitHeaders(subjects, outcome, now);
    warnIfExpiringSoon(ctx.principal, now, headers);
    if (outcome.refusedBy >= 0) {
        const auto& subject = subjects[static_cast<std::size_t>(outcome.refusedBy)];
        decisionsOf(subject.name).refused.add();
        const auto& decision = outcome.decisions[static_cast<std::size_t>(outcome.refusedBy)];
        throw errors::ApiError(errors::ErrorCode::RateLimited, "The " + subject.name + " rate limit of " +
                                                                   std::to_string(decision.limit) +
                                                                   " calls per hour is used up.")
            .withExtension("limit", subject.name)
            .withRetryAfter(static_cast<int>(decision.retryAfter))
            .withHeaders(std::move(headers));
    }
    for (const auto& subject : subjects) {
        decisionsOf(subject.name).admitted.add();
    }
    return headers;
}

Poco::JSON::Object::Ptr RequestLimits::status(const http::RequestContext& ctx)
{
    tenancy::TenantPlan plan;
    const auto subjects = subjectsOf(ctx, &plan);
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
    if (!subjects.empty() && subjects.back().name == "tenant") {
        // Shown to sessions too: the tenant's figure, whoever asks.
        out->set("monthly", monthlyStatus(ctx.tenantId, plan.monthlyQuota));
    }
    return out;
}

Poco::JSON::Object::Ptr RequestLimits::monthlyStatus(const std::string& tenantId, int quota)
{
    const auto period = quota_.view(tenantId);
    Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    entry->set("limit", quota);
    entry->set("used", period.used);
    entry->set("remaining", std::max(0LL, quota - period.used));
    entry->set("reset", period.end);
    entry->set("period_start", time::formatSeconds(period.start));
    entry->set("period_end", time::formatSeconds(period.end));
    // Announced ones in the order of the tenant's thresholds, not in the order they came.
    std::vector<int> notified;
    std::ranges::copy_if(period.thresholds, std::back_inserter(notified), [&period](int threshold) {
        return std::ranges::find(period.notified, threshold) != period.notified.end();
    });
    entry->set("thresholds", metering::percentagesJson(period.thresholds));
    entry->set("thresholds_notified", metering::percentagesJson(notified));
    return entry;
}

void RequestLimits::writeMetrics(observability::PrometheusWriter& out) const
{
    constexpr std::string_view name = "aih_rate_limit_decisions_total";
    out.family(name, "counter",
               "Rate-limit decisions by the limit concerned (key, user, tenant, admin, monthly, burst or "
               "operator).");
    for (const auto& decisions : decisions_) {
        out.sample(name, {{"scope", decisions.scope}, {"decision", "admitted"}}, decisions.admitted.value());
        out.sample(name, {{"scope", decisions.scope}, {"decision", "refused"}}, decisions.refused.value());
    }
}

} // namespace aih::ratelimit
