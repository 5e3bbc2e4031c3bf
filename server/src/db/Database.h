// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionPool.h"
#include "db/Transaction.h"

#include <memory>
#include <pqxx/except>
#include <string>

namespace aih::db {

/// Runs units of work in transactions. Constraint violations propagate as pqxx exceptions for
/// the store to translate; a lost connection becomes a 503 for the client. A connection the
/// server dropped while it sat idle in the pool (a restart, a failover, pg_terminate_backend)
/// is only found out as a transaction begins on it, before any of the work ran: then the
/// transaction begins again on another connection, and the client sees nothing of it.
class Database
{
public:
    explicit Database(ConnectionPool& pool) : pool_(pool) {}

    template <typename Work> auto inTenant(const std::string& tenantId, Work&& work)
    {
        return run(tenantId, std::forward<Work>(work));
    }

    /// Reads the tenant as of one moment, however many statements the work runs (read only).
    template <typename Work> auto inTenantSnapshot(const std::string& tenantId, Work&& work)
    {
        return run(tenantId, std::forward<Work>(work), Isolation::Snapshot);
    }

    /// Runs read-only work one statement at a time (Isolation::StatementWiseReads): each
    /// statement is its own read-only implicit transaction in the tenant's scope, one round trip.
    /// For reads that need no single picture across their statements; work that writes fails.
    template <typename Work> auto readInTenant(const std::string& tenantId, Work&& work)
    {
        return run(tenantId, std::forward<Work>(work), Isolation::StatementWiseReads);
    }

    /// For the few platform-level steps (tenant lookup, sign-up) that go through
    /// SECURITY DEFINER functions or create a tenant's first rows.
    template <typename Work> auto inPlatform(Work&& work)
    {
        return run(std::string(), std::forward<Work>(work));
    }

    ConnectionPool& pool() { return pool_; }

private:
    template <typename Work>
    auto run(const std::string& tenantId, Work&& work, Isolation isolation = Isolation::ReadCommitted)
    {
        const auto tx = begin(tenantId, isolation);
        try {
            if constexpr (std::is_void_v<decltype(work(*tx))>) {
                work(*tx);
                tx->commit();
            } else {
                auto result = work(*tx);
                tx->commit();
                return result;
            }
        } catch (const pqxx::failure&) {
            // Lost during the work or its COMMIT (pqxx::in_doubt_error): the work may have had
            // effects and a commit's outcome is unknown, so it is not retried; the client may.
            if (!tx->connected()) {
                throwUnavailable();
            }
            throw;
        }
    }

    /// A transaction begun on a live connection, trying one more than the pool holds: a
    /// failover drops every idle connection at once.
    std::unique_ptr<Transaction> begin(const std::string& tenantId, Isolation isolation);
    [[noreturn]] static void throwUnavailable();

    ConnectionPool& pool_;
};

} // namespace aih::db
