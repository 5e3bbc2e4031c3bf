// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Migrations.h"

#include <span>
#include <string>
#include <vector>

namespace aih::db {

/// Applies pending migrations as the owner role, one transaction per run, under a
/// transaction-scoped advisory lock so that instances starting together apply each
/// migration exactly once: the second waits, then finds nothing left to do.
class Migrator
{
public:
    explicit Migrator(std::string ownerUrl);

    /// Returns the versions it applied (empty when the schema was current).
    std::vector<int> migrate(std::span<const Migration> migrations = embeddedMigrations());
    /// True when every known migration is recorded as applied.
    bool isCurrent(std::span<const Migration> migrations = embeddedMigrations());

private:
    std::string ownerUrl_;
};

} // namespace aih::db
