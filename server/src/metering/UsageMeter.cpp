// SPDX-License-Identifier: Apache-2.0
#include "metering/UsageMeter.h"

#include "logging/Logger.h"

#include <atomic>
#include <cmath>

namespace aih::metering {
namespace {

const logging::Logger usageMeterLogger("usage-meter");

} // namespace

void UsageBatch::merge(const UsageBatch& other)
{
    for (const auto& [cell, count] : other.calls) {
        calls[cell] += count;
    }
    for (const auto& [key, at] : other.keyLastUsed) {
        keyLastUsed[key] = std::max(keyLastUsed[key], at);
    }
    for (const auto& [key, at] : other.keyPreviousSecretUsed) {
        keyPreviousSecretUsed[key] = std::max(keyPreviousSecretUsed[key], at);
    }
}

std::map<std::string, UsageBatch> UsageBatch::byTenant() const
{
    std::map<std::string, UsageBatch> split;
    for (const auto& [cell, count] : calls) {
        split[cell.tenantId].calls[cell] = count;
    }
    for (const auto& [key, at] : keyLastUsed) {
        split[key.first].keyLastUsed[key] = at;
    }
    for (const auto& [key, at] : keyPreviousSecretUsed) {
        split[key.first].keyPreviousSecretUsed[key] = at;
    }
    return split;
}

UsageMeter::UsageMeter(Writer writer, std::chrono::milliseconds interval)
    : writer_(std::move(writer)), worker_([this] { flush(); }, interval)
{
}

UsageMeter::~UsageMeter()
{
    stop();
}

namespace {

void noteLatest(UsageBatch::LatestUse& uses, const std::string& tenantId, const std::string& apiKeyId,
                std::int64_t seconds)
{
    const std::pair<std::string_view, std::string_view> key{tenantId, apiKeyId};
    if (const auto it = uses.find(key); it != uses.end()) {
        it->second = std::max(it->second, seconds);
    } else {
        uses.emplace(UsageBatch::TenantKey{tenantId, apiKeyId}, seconds);
    }
}

} // namespace

UsageMeter::Shard& UsageMeter::shardOfThisThread()
{
    static std::atomic<std::size_t> nextShard{0};
    thread_local const std::size_t index = nextShard.fetch_add(1, std::memory_order_relaxed) % shardCount;
    return shards_[index];
}

void UsageMeter::record(const std::string& tenantId, const std::string& apiKeyId, const std::string& userId,
                        int status, double unixSeconds, bool previousSecret)
{
    const auto seconds = static_cast<std::int64_t>(unixSeconds);
    const UsageCellView cell{tenantId, apiKeyId.empty() ? std::string_view(sessionKeyId) : apiKeyId, userId,
                             seconds / 60, std::clamp(status / 100, 1, 5)};
    auto& shard = shardOfThisThread();
    std::lock_guard lock(shard.mutex);
    auto& pending = shard.pending;
    if (const auto it = pending.calls.find(cell); it != pending.calls.end()) {
        ++it->second;
    } else {
        pending.calls.emplace(
            UsageCell{tenantId, std::string(cell.apiKeyId), userId, cell.minute, cell.statusClass}, 1);
    }
    if (!apiKeyId.empty()) {
        noteLatest(pending.keyLastUsed, tenantId, apiKeyId, seconds);
        if (previousSecret) {
            noteLatest(pending.keyPreviousSecretUsed, tenantId, apiKeyId, seconds);
        }
    }
}

bool UsageMeter::flush()
{
    // One flush at a time, so a retried batch is never written twice concurrently.
    std::lock_guard flushLock(flushMutex_);
    UsageBatch batch;
    for (auto& shard : shards_) {
        UsageBatch taken;
        {
            std::lock_guard lock(shard.mutex);
            std::swap(taken, shard.pending);
        }
        batch.merge(taken);
    }
    bool allWritten = true;
    for (const auto& [tenantId, tenantBatch] : batch.byTenant()) {
        try {
            writer_(tenantId, tenantBatch);
            batchesWritten_.add();
        } catch (const std::exception& error) {
            batchesFailed_.add();
            // Only what was not committed goes back, so a retry never counts anything twice.
            usageMeterLogger.warning(std::string("usage flush failed, will retry: ") + error.what());
            auto& shard = shards_.front();
            std::lock_guard lock(shard.mutex);
            shard.pending.merge(tenantBatch);
            allWritten = false;
        }
    }
    return allWritten;
}

void UsageMeter::start()
{
    worker_.start();
}

void UsageMeter::stop()
{
    worker_.stop();
}

void UsageMeter::writeMetrics(observability::PrometheusWriter& out) const
{
    observability::counterFamily(out, "aih_usage_flush_batches_total",
                                 "Per-tenant usage batches written to the rollups.", "result",
                                 {{"ok", batchesWritten_.value()}, {"failed", batchesFailed_.value()}});
}

} // namespace aih::metering
