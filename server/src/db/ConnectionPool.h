// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Sql.h"
#include "observability/MetricsSource.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <pqxx/connection>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace aih::db {

/// A connection and the statements already prepared on it.
struct PooledConnection
{
    std::unique_ptr<pqxx::connection> connection;
    std::set<std::string, std::less<>> prepared;

    void ensurePrepared(const Sql& sql);
};

/// A pooled login that could bypass row-level security: the pool never uses it.
struct UnsafeLogin : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

/// A fixed-size pool of connections that run as the application role (`aih_app`), which
/// row-level security applies to. Every connection, the first and every replacement alike, is
/// set up the same way and checked before use: it acts as aih_app, its login cannot bypass the
/// policies, and libpqxx may not reconnect it behind the pool's back. Broken connections are
/// replaced on their next use.
class ConnectionPool final : public observability::MetricsSource
{
public:
    void writeMetrics(observability::PrometheusWriter& out) const override;
    class Lease
    {
    public:
        Lease(ConnectionPool& pool, std::unique_ptr<PooledConnection> connection);
        Lease(Lease&&) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        PooledConnection& operator*() { return *connection_; }
        PooledConnection* operator->() { return connection_.get(); }
        const PooledConnection* operator->() const { return connection_.get(); }
        /// Gives a connection found broken back and takes a newly opened one (ApiError 503 as
        /// acquire(); the lease is then empty).
        void replace();
        bool empty() const { return !connection_; }

    private:
        ConnectionPool* pool_;
        std::unique_ptr<PooledConnection> connection_;
    };

    ConnectionPool(std::string url, std::size_t size, std::chrono::milliseconds acquireTimeout);

    /// Waits up to the acquire timeout; throws ApiError(503) when no connection frees up.
    Lease acquire();
    /// As acquire(), but a newly opened connection, never an idle one: after one was found
    /// broken, the idle ones may well be too (a failover ends them all).
    Lease acquireFresh();
    /// Opens one connection as acquire() would, and throws what went wrong (UnsafeLogin, or
    /// the server's refusal) instead of a 503: for start-up, so a wrong login stops aihd.
    void checkLogin() const;

    std::size_t size() const { return size_; }
    std::size_t inUse() const;

    struct Stats
    {
        std::size_t inUse = 0;
        std::size_t idle = 0;
        std::uint64_t waits = 0;    ///< acquisitions that found no free connection and waited
        std::uint64_t timeouts = 0; ///< waits that gave up (answered 503)
    };
    Stats stats() const;

private:
    std::unique_ptr<PooledConnection> connect() const;
    Lease take(bool fresh);
    void release(std::unique_ptr<PooledConnection> connection);

    std::string url_;
    std::size_t size_;
    std::chrono::milliseconds acquireTimeout_;
    mutable std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<PooledConnection>> idle_;
    std::size_t created_ = 0;
    std::uint64_t waits_ = 0;
    std::uint64_t timeouts_ = 0;
};

} // namespace aih::db
