// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "audit/DenialRecorder.h"
#include "db/Database.h"
#include "util/PeriodicWorker.h"

#include <chrono>

namespace aih::audit {

/// The audit trail's background work, on one thread: writes batched denials every flush
/// interval; every checkpoint interval, signs the head of each chain that moved since its last
/// checkpoint and runs the retention purge for tenants holding entries past their plan's
/// retention. Every instance may run it: checkpoints of the same head collide harmlessly, and
/// purges serialise on the chain lock.
class AuditMaintenance
{
public:
    AuditMaintenance(db::Database& database, const AuditLog& log, DenialRecorder& denials,
                     std::chrono::milliseconds flushInterval, std::chrono::seconds checkpointInterval);

    void start() { worker_.start(); }
    /// Stops the thread and writes the denials still in memory.
    void stop() { worker_.stop(); }
    /// One checkpoint-and-purge pass over every tenant that needs one.
    void runOnce();

private:
    void tick();
    void maintainTenant(const std::string& tenantId, bool checkpoint, bool purge);

    db::Database& database_;
    const AuditLog& log_;
    DenialRecorder& denials_;
    std::chrono::seconds checkpointInterval_;
    std::chrono::steady_clock::time_point nextMaintenance_;
    util::PeriodicWorker worker_;
};

} // namespace aih::audit
