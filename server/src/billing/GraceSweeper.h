// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Change.h"
#include "db/Database.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace aih::billing {

/// Drops tenants to the free tier when their past-due grace runs out. Stripe keeps retrying the
/// payment meanwhile and says nothing at the moment the grace ends, so each instance checks on
/// its own; the check is repeated under the tenant's row lock, so instances sweeping together
/// downgrade (and record) each tenant once. Nothing is deleted: users and keys stay, the free
/// plan's limits simply apply to them.
class GraceSweeper
{
public:
    GraceSweeper(db::Database& database, std::chrono::seconds gracePeriod, const audit::AuditLog& audit,
                 db::Announce announce);
    ~GraceSweeper();
    GraceSweeper(const GraceSweeper&) = delete;
    GraceSweeper& operator=(const GraceSweeper&) = delete;

    void start();
    void stop();
    /// One pass; returns how many tenants it downgraded.
    int sweep();

private:
    void run();

    db::Database& database_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
    std::chrono::milliseconds interval_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace aih::billing
