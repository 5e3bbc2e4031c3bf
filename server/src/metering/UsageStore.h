// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Database.h"
#include "metering/UsageMeter.h"

namespace aih::metering {

/// Writes a batch of usage: minute, hour and day rollups, and the per-key and per-user
/// counters, one transaction per tenant (row-level security scopes each).
class UsageStore
{
public:
    explicit UsageStore(db::Database& database) : database_(database) {}
    void write(const std::string& tenantId, const UsageBatch& batch);

private:
    db::Database& database_;
};

} // namespace aih::metering
