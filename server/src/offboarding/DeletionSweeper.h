// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "offboarding/ClosureService.h"
#include "util/PeriodicWorker.h"

#include <chrono>

namespace aih::offboarding {

/// Deletes closed tenants once their grace has ended, on a thread of its own. Every instance
/// may run it: the deletion rechecks under the tenant's row lock, so one instance deletes each.
class DeletionSweeper
{
public:
    DeletionSweeper(ClosureService& closures, std::chrono::milliseconds interval)
        : worker_([&closures] { closures.deleteDue(); }, interval)
    {
    }

    void start()
    {
        ClosureService::removeAbandonedScratch();
        worker_.start();
    }
    void stop() { worker_.stop(); }

private:
    util::PeriodicWorker worker_;
};

} // namespace aih::offboarding
