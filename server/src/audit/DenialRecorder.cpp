// SPDX-License-Identifier: Apache-2.0
#include "audit/DenialRecorder.h"

#include "http/ErrorStatus.h"
#include "logging/Logger.h"
#include "time/Clock.h"

namespace aih::audit {
namespace {

const logging::Logger logger("audit-denials");

using errors::ErrorCode;

// Distinct (tenant, actor, reason, route) groups held between flushes; beyond it, refusals are
// only counted, so an attacker cannot grow server memory through them.
constexpr std::size_t maxPending = 10'000;

std::string reasonOf(const errors::ApiError& error)
{
    switch (error.code()) {
    case ErrorCode::Unauthenticated:
        return "authentication";
    case ErrorCode::TenantMismatch:
        return "tenant_mismatch";
    case ErrorCode::RateLimited:
        return "rate_limit";
    case ErrorCode::Forbidden:
        return error.extensions().contains("required_scope") ? "scope" : "forbidden";
    default:
        return "";
    }
}

} // namespace

std::optional<Denial> denialOf(const http::RequestContext& ctx, const errors::ApiError& error,
                               const std::optional<apikeys::KeyIdentity>& refusedKey)
{
    auto reason = reasonOf(error);
    if (reason.empty()) {
        return std::nullopt;
    }
    Denial denial;
    const auto& principal = ctx.principal;
    if (principal.isMember()) {
        denial.tenantId = principal.tenantId;
        denial.actor = actorOf(principal);
    } else if (refusedKey && error.code() == ErrorCode::Unauthenticated) {
        denial.tenantId = refusedKey->tenantId;
        denial.actor.type = ActorType::ApiKey;
        denial.actor.userId = refusedKey->userId;
        denial.actor.apiKeyId = refusedKey->id;
    } else {
        return std::nullopt;
    }
    denial.action = denial.actor.type == ActorType::ApiKey ? "api_key.denied" : "access.denied";
    denial.reason = std::move(reason);
    denial.route = ctx.route ? ctx.route->pattern : ctx.path;
    denial.origin = ctx.caller.origin;
    denial.detail = error.detail();
    denial.status = http::describe(error.code()).status;
    return denial;
}

DenialRecorder::DenialRecorder(db::Database& database, const AuditLog& log, KeyIdentifier identifyKey)
    : database_(database), log_(log), identifyKey_(std::move(identifyKey))
{
}

void DenialRecorder::note(const http::RequestContext& ctx, const errors::ApiError& error) noexcept
{
    try {
        const bool keyRefused = error.code() == ErrorCode::Unauthenticated && !ctx.principal.isMember();
        const auto key = keyRefused && identifyKey_ ? identifyKey_(ctx) : std::nullopt;
        if (auto denial = denialOf(ctx, error, key)) {
            add(std::move(*denial));
        }
    } catch (const std::exception& failure) {
        logger.error(std::string("could not note a denial: ") + failure.what(),
                     {{"request_id", ctx.requestId}});
    }
}

void DenialRecorder::add(Denial denial)
{
    const auto now = time::systemClock().nowSeconds();
    const auto group = denial.tenantId + "|" + denial.action + "|" + denial.actor.userId + "|" +
                       denial.actor.apiKeyId + "|" + denial.reason + "|" + denial.origin.method + " " +
                       denial.route;
    std::lock_guard lock(mutex_);
    auto it = pending_.find(group);
    if (it == pending_.end()) {
        if (pending_.size() >= maxPending) {
            ++dropped_;
            return;
        }
        it = pending_.emplace(group, Pending{std::move(denial), 0, now, now}).first;
    }
    ++it->second.count;
    it->second.lastAt = now;
}

void DenialRecorder::flush()
{
    Batch batch;
    std::int64_t dropped = 0;
    {
        std::lock_guard lock(mutex_);
        std::swap(batch, pending_);
        std::swap(dropped, dropped_);
    }
    if (dropped > 0) {
        logger.warning(std::to_string(dropped) + " denials over the buffer limit were not audited");
    }
    std::map<std::string, Batch> byTenant;
    for (auto& [group, pending] : batch) {
        byTenant[pending.first.tenantId].emplace(group, std::move(pending));
    }
    for (const auto& [tenantId, tenantBatch] : byTenant) {
        try {
            write(tenantId, tenantBatch);
            batchesWritten_.add();
        } catch (const std::exception& failure) {
            batchesFailed_.add();
            logger.warning(std::string("denial flush failed, will retry: ") + failure.what());
            std::lock_guard lock(mutex_);
            for (const auto& [group, entry] : tenantBatch) {
                const auto [it, inserted] = pending_.emplace(group, entry);
                if (!inserted) {
                    it->second.count += entry.count;
                    it->second.firstAt = std::min(it->second.firstAt, entry.firstAt);
                }
            }
        }
    }
}

void DenialRecorder::write(const std::string& tenantId, const Batch& pending)
{
    database_.inTenant(tenantId, [&](db::Transaction& tx) {
        for (const auto& [group, entry] : pending) {
            const auto& [denial, count, firstAt, lastAt] = entry;
            AuditEvent event;
            event.action = denial.action;
            event.actor = denial.actor;
            event.origin = denial.origin;
            if (!denial.actor.apiKeyId.empty()) {
                event.on("api_key", denial.actor.apiKeyId);
            }
            event.failed(denial.detail)
                .with("reason", denial.reason)
                .with("status", denial.status)
                .with("route", denial.route)
                .with("count", count)
                .with("first_at", firstAt)
                .with("last_at", lastAt);
            log_.record(tx, event);
        }
    });
}

void DenialRecorder::writeMetrics(observability::PrometheusWriter& out) const
{
    observability::counterFamily(out, "aih_audit_batch_writes_total",
                                 "Per-tenant batches of audited refusals written.", "result",
                                 {{"ok", batchesWritten()}, {"failed", batchesFailed()}});
}

} // namespace aih::audit
