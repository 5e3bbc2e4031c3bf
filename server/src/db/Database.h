// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionPool.h"
#include "db/Transaction.h"

#include <pqxx/except>
#include <string>

namespace aih::db {

/// Runs units of work in transactions. Constraint violations propagate as pqxx exceptions for
/// the store to translate; a lost connection becomes a 503 for the client.
class Database
{
public:
    explicit Database(ConnectionPool& pool) : pool_(pool) {}

    template <typename Work> auto inTenant(const std::string& tenantId, Work&& work)
    {
        return run(tenantId, std::forward<Work>(work));
    }

    /// For the few platform-level steps (tenant lookup, sign-up) that go through
    /// SECURITY DEFINER functions or create a tenant's first rows.
    template <typename Work> auto inPlatform(Work&& work)
    {
        return run(std::string(), std::forward<Work>(work));
    }

    ConnectionPool& pool() { return pool_; }

private:
    template <typename Work> auto run(const std::string& tenantId, Work&& work)
    {
        try {
            Transaction tx(pool_.acquire(), tenantId);
            if constexpr (std::is_void_v<decltype(work(tx))>) {
                work(tx);
                tx.commit();
            } else {
                auto result = work(tx);
                tx.commit();
                return result;
            }
        } catch (const pqxx::broken_connection&) {
            throwUnavailable();
        }
    }

    [[noreturn]] static void throwUnavailable();

    ConnectionPool& pool_;
};

} // namespace aih::db
