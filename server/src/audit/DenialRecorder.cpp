// SPDX-License-Identifier: Apache-2.0
#include "audit/DenialRecorder.h"

#include "http/ErrorStatus.h"
#include "identity/PlatformTenant.h"
#include "logging/Logger.h"
#include "time/Clock.h"

#include <algorithm>
#include <vector>

namespace aih::audit {
namespace {

const logging::Logger denialRecorderLogger("audit-denials");

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
    } else if (principal.isOperator()) {
        // In the platform's chain, as a member's refusals are in its tenant's: a platform-support
        // account trying a change, or any operator refused by a limit.
        denial.tenantId = std::string(identity::platformTenantId);
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

DenialRecorder::DenialRecorder(db::Database& database, const AuditLog& log, KeyIdentifier identifyKey,
                               DenialCap cap)
    : database_(database), log_(log), identifyKey_(std::move(identifyKey)), cap_(cap)
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
        denialRecorderLogger.error(std::string("could not note a denial: ") + failure.what(),
                                   {{"request_id", ctx.requestId}});
    }
}

void DenialRecorder::add(Denial denial)
{
    const auto now = time::systemClock().nowSeconds();
    const auto group = denial.tenantId + "|" + denial.action + "|" + denial.actor.userId + "|" +
                       denial.actor.apiKeyId + "|" + denial.actor.operatorId + "|" + denial.reason + "|" +
                       denial.origin.method + " " + denial.route;
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
        denialRecorderLogger.warning(std::to_string(dropped) +
                                     " denials over the buffer limit were not audited");
    }
    std::map<std::string, Batch> byTenant;
    for (auto& [group, pending] : batch) {
        byTenant[pending.first.tenantId].emplace(group, std::move(pending));
    }
    std::lock_guard flushing(flushMutex_);
    const auto now = std::chrono::steady_clock::now();
    // A tenant whose window ended with refusals suppressed gets its summary even when the
    // flood has stopped; one whose window ended quietly is forgotten.
    for (auto it = quotas_.begin(); it != quotas_.end();) {
        if (now - it->second.windowStart < cap_.window) {
            ++it;
        } else if (it->second.requests > 0) {
            byTenant.try_emplace(it->first);
            ++it;
        } else if (!byTenant.contains(it->first)) {
            it = quotas_.erase(it);
        } else {
            ++it;
        }
    }
    for (auto& [tenantId, tenantBatch] : byTenant) {
        auto [found, fresh] = quotas_.try_emplace(tenantId, Quota{now});
        auto& quota = found->second;
        std::optional<Quota> ended;
        if (!fresh && now - quota.windowStart >= cap_.window) {
            if (quota.requests > 0) {
                ended = quota;
            }
            quota = Quota{now};
        }
        const auto allowed = admit(quota, std::move(tenantBatch));
        try {
            write(tenantId, allowed, ended);
            quota.written += allowed.size();
            for (const auto& [group, entry] : allowed) {
                refusalsWritten_.add(static_cast<std::uint64_t>(entry.count));
            }
            batchesWritten_.add();
        } catch (const std::exception& failure) {
            batchesFailed_.add();
            denialRecorderLogger.warning(std::string("denial flush failed, will retry: ") + failure.what());
            if (ended) { // its summary goes with the next window's
                quota.firstAt = quota.groups > 0 ? std::min(quota.firstAt, ended->firstAt) : ended->firstAt;
                quota.lastAt = std::max(quota.lastAt, ended->lastAt);
                quota.groups += ended->groups;
                quota.requests += ended->requests;
            }
            std::lock_guard lock(mutex_);
            for (const auto& [group, entry] : allowed) {
                const auto [it, inserted] = pending_.emplace(group, entry);
                if (!inserted) {
                    it->second.count += entry.count;
                    it->second.firstAt = std::min(it->second.firstAt, entry.firstAt);
                }
            }
        }
    }
}

DenialRecorder::Batch DenialRecorder::admit(Quota& quota, Batch batch)
{
    const auto room = cap_.entriesPerWindow > quota.written ? cap_.entriesPerWindow - quota.written : 0;
    if (batch.size() <= room) {
        return batch;
    }
    // The largest floods keep their own entries; the rest only add to the window's summary.
    std::vector<Batch::iterator> bySize;
    for (auto it = batch.begin(); it != batch.end(); ++it) {
        bySize.push_back(it);
    }
    std::ranges::stable_sort(bySize,
                             [](const auto& a, const auto& b) { return a->second.count > b->second.count; });
    Batch allowed;
    for (std::size_t i = 0; i < bySize.size(); ++i) {
        auto& entry = bySize[i]->second;
        if (i < room) {
            allowed.emplace(bySize[i]->first, std::move(entry));
            continue;
        }
        quota.firstAt = quota.groups == 0 ? entry.firstAt : std::min(quota.firstAt, entry.firstAt);
        quota.lastAt = std::max(quota.lastAt, entry.lastAt);
        ++quota.groups;
        quota.requests += entry.count;
        refusalsSuppressed_.add(static_cast<std::uint64_t>(entry.count));
    }
    return allowed;
}

void DenialRecorder::write(const std::string& tenantId, const Batch& pending,
                           const std::optional<Quota>& suppressed)
{
    database_.inTenant(tenantId, [&](db::Transaction& tx) {
        if (suppressed) {
            AuditEvent event;
            event.action = "audit.denials_suppressed";
            event.actor.type = ActorType::System;
            event.with("suppressed_entries", suppressed->groups)
                .with("count", suppressed->requests)
                .with("cap", static_cast<std::int64_t>(cap_.entriesPerWindow))
                .with("window_seconds", static_cast<std::int64_t>(cap_.window.count() / 1000))
                .with("first_at", suppressed->firstAt)
                .with("last_at", suppressed->lastAt);
            log_.record(tx, event);
        }
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
    observability::counterFamily(out, "aih_audit_denials_total",
                                 "Audited refusals: in entries of their own, or over their tenant's cap "
                                 "and counted only in its summary entry.",
                                 "result",
                                 {{"written", refusalsWritten()}, {"suppressed", refusalsSuppressed()}});
}

} // namespace aih::audit
