// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Change.h"
#include "db/Database.h"
#include "util/PeriodicWorker.h"

#include <chrono>

namespace aih::apikeys {

struct KeyLifecycleSettings
{
    std::chrono::milliseconds interval{60'000};
    /// `key.expiring` fires this long before a key expires.
    std::chrono::seconds notice{7 * 24 * 3600};
    /// A rotated key's previous secret unused this long loses the rest of its grace.
    std::chrono::seconds graceIdle{24 * 3600};
};

/// What happens to keys with time, swept on a thread of its own: a `key.expiring` webhook event
/// once per key and expiry, and the early end of a rotation's grace when the old secret has
/// gone unused. Each change is claimed by an UPDATE under the row's lock, so instances sweeping
/// at once announce each key once.
class KeyLifecycle
{
public:
    KeyLifecycle(db::Database& database, const audit::AuditLog& audit, db::Announce announce,
                 KeyLifecycleSettings settings);

    void start() { worker_.start(); }
    void stop() { worker_.stop(); }
    /// One pass over every tenant with something due; returns the keys changed.
    int sweep();

private:
    int sweepTenant(const std::string& tenantId);

    db::Database& database_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
    KeyLifecycleSettings settings_;
    util::PeriodicWorker worker_;
};

} // namespace aih::apikeys
