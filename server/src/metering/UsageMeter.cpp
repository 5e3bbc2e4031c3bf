// SPDX-License-Identifier: Apache-2.0
#include "metering/UsageMeter.h"

#include "http/AccessLog.h"

#include <cmath>

namespace aih::metering {

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

void UsageMeter::record(const std::string& tenantId, const std::string& apiKeyId, const std::string& userId,
                        int status, double unixSeconds, bool previousSecret)
{
    const auto seconds = static_cast<std::int64_t>(unixSeconds);
    UsageCell cell{tenantId, apiKeyId.empty() ? sessionKeyId : apiKeyId, userId, seconds / 60,
                   std::clamp(status / 100, 1, 5)};
    std::lock_guard lock(mutex_);
    ++pending_.calls[cell];
    if (!apiKeyId.empty()) {
        auto& last = pending_.keyLastUsed[{tenantId, apiKeyId}];
        last = std::max(last, seconds);
        if (previousSecret) {
            auto& previous = pending_.keyPreviousSecretUsed[{tenantId, apiKeyId}];
            previous = std::max(previous, seconds);
        }
    }
}

bool UsageMeter::flush()
{
    // One flush at a time, so a retried batch is never written twice concurrently.
    std::lock_guard flushLock(flushMutex_);
    UsageBatch batch;
    {
        std::lock_guard lock(mutex_);
        std::swap(batch, pending_);
    }
    bool allWritten = true;
    for (const auto& [tenantId, tenantBatch] : batch.byTenant()) {
        try {
            writer_(tenantId, tenantBatch);
        } catch (const std::exception& error) {
            // Only what was not committed goes back, so a retry never counts anything twice.
            http::logInternalError("usage-meter",
                                   std::string("usage flush failed, will retry: ") + error.what());
            std::lock_guard lock(mutex_);
            pending_.merge(tenantBatch);
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

} // namespace aih::metering
