// SPDX-License-Identifier: Apache-2.0
#include "db/ConnectionPool.h"

#include "errors/ApiError.h"

#include <pqxx/except>
#include <pqxx/nontransaction>

namespace aih::db {

void PooledConnection::ensurePrepared(const Sql& sql)
{
    if (prepared.find(sql.name) == prepared.end()) {
        connection->prepare(std::string(sql.name), std::string(sql.text));
        prepared.emplace(sql.name);
    }
}

ConnectionPool::Lease::Lease(ConnectionPool& pool, std::unique_ptr<PooledConnection> connection)
    : pool_(&pool), connection_(std::move(connection))
{
}

ConnectionPool::Lease::~Lease()
{
    if (connection_) {
        pool_->release(std::move(connection_));
    }
}

ConnectionPool::ConnectionPool(std::string url, std::size_t size, std::chrono::milliseconds acquireTimeout)
    : url_(std::move(url)), size_(size), acquireTimeout_(acquireTimeout)
{
}

std::unique_ptr<PooledConnection> ConnectionPool::connect() const
{
    auto pooled = std::make_unique<PooledConnection>();
    pooled->connection = std::make_unique<pqxx::connection>(url_);
    // The owner role that ran the migrations may bypass RLS; requests never run as it.
    pqxx::nontransaction setup(*pooled->connection);
    setup.exec("SET ROLE aih_app");
    setup.exec("SET application_name = 'aihd'");
    return pooled;
}

ConnectionPool::Lease ConnectionPool::acquire()
{
    std::unique_lock lock(mutex_);
    const auto ready = [this] { return !idle_.empty() || created_ < size_; };
    if (!ready()) {
        ++waits_;
    }
    if (!available_.wait_for(lock, acquireTimeout_, ready)) {
        ++timeouts_;
        throw errors::ApiError(errors::ErrorCode::ServiceUnavailable, "The database is busy; retry shortly.")
            .withRetryAfter(1);
    }
    if (!idle_.empty()) {
        auto connection = std::move(idle_.back());
        idle_.pop_back();
        if (connection->connection->is_open()) {
            return {*this, std::move(connection)};
        }
        --created_;
    }
    ++created_;
    lock.unlock();
    try {
        return {*this, connect()};
    } catch (const std::exception&) {
        lock.lock();
        --created_;
        available_.notify_one();
        throw errors::ApiError(errors::ErrorCode::ServiceUnavailable, "The database is unreachable.")
            .withRetryAfter(2);
    }
}

void ConnectionPool::release(std::unique_ptr<PooledConnection> connection)
{
    std::lock_guard lock(mutex_);
    if (connection->connection->is_open()) {
        idle_.push_back(std::move(connection));
    } else {
        --created_;
    }
    available_.notify_one();
}

ConnectionPool::Stats ConnectionPool::stats() const
{
    std::lock_guard lock(mutex_);
    return {created_ - idle_.size(), idle_.size(), waits_, timeouts_};
}

std::size_t ConnectionPool::inUse() const
{
    std::lock_guard lock(mutex_);
    return created_ - idle_.size();
}

void ConnectionPool::writeMetrics(observability::PrometheusWriter& out) const
{
    const auto current = stats();
    out.family("aih_db_pool_size", "gauge", "Database connections the pool may open.");
    out.sample("aih_db_pool_size", {}, static_cast<std::uint64_t>(size()));
    out.family("aih_db_pool_connections", "gauge", "Open database connections by state.");
    out.sample("aih_db_pool_connections", {{"state", "in_use"}}, static_cast<std::uint64_t>(current.inUse));
    out.sample("aih_db_pool_connections", {{"state", "idle"}}, static_cast<std::uint64_t>(current.idle));
    out.family("aih_db_pool_waits_total", "counter",
               "Connection requests that found the pool busy and waited.");
    out.sample("aih_db_pool_waits_total", {}, current.waits);
    out.family("aih_db_pool_timeouts_total", "counter", "Waits for a connection that gave up (503).");
    out.sample("aih_db_pool_timeouts_total", {}, current.timeouts);
}

} // namespace aih::db
