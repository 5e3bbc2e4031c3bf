// SPDX-License-Identifier: Apache-2.0
#include "db/ConnectionPool.h"

#include "db/PinnedConnection.h"
#include "errors/ApiError.h"
#include "logging/Logger.h"

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <stdexcept>

namespace aih::db {
namespace {

const logging::Logger connectionPoolLogger("db");

// What the login may do without aih_app. A superuser or BYPASSRLS login would pass every policy,
// and an owner of the tables every policy not FORCEd: the pool refuses such a login outright.
constexpr Sql loginRightsSql{"pool.login_rights", R"sql(
    SELECT r.rolsuper OR r.rolbypassrls AS bypasses_policies,
           EXISTS (SELECT 1 FROM pg_class c
                   WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS owns_tables,
           current_user AS acting_as
      FROM pg_roles r
     WHERE r.rolname = session_user
)sql"};

} // namespace

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

void ConnectionPool::Lease::replace()
{
    pool_->release(std::move(connection_));
    connection_ = std::move(pool_->acquireFresh().connection_);
}

ConnectionPool::ConnectionPool(std::string url, std::size_t size, std::chrono::milliseconds acquireTimeout)
    : url_(std::move(url)), size_(size), acquireTimeout_(acquireTimeout)
{
}

std::unique_ptr<PooledConnection> ConnectionPool::connect() const
{
    auto pooled = std::make_unique<PooledConnection>();
    pooled->connection = openPinned(url_);
    pqxx::nontransaction setup(*pooled->connection);
    setup.exec("SET ROLE aih_app");
    const auto rights = setup.exec(std::string(loginRightsSql.text))[0];
    if (rights["bypasses_policies"].as<bool>() || rights["owns_tables"].as<bool>() ||
        rights["acting_as"].as<std::string>() != "aih_app") {
        throw UnsafeLogin("the database login of DATABASE_URL may bypass row-level security (a superuser, "
                          "BYPASSRLS, or the tables' owner); give the pool a login that owns nothing and is "
                          "granted aih_app, and the owner to AIH_MIGRATION_DATABASE_URL");
    }
    return pooled;
}

void ConnectionPool::checkLogin() const
{
    connect();
}

ConnectionPool::Lease ConnectionPool::acquire()
{
    return take(false);
}

ConnectionPool::Lease ConnectionPool::acquireFresh()
{
    return take(true);
}

ConnectionPool::Lease ConnectionPool::take(bool fresh)
{
    std::unique_lock lock(mutex_);
    // Room for a fresh one is made by closing an idle one, so either kind is ready alike.
    const auto ready = [this] { return !idle_.empty() || created_ < size_; };
    if (!ready()) {
        ++waits_;
    }
    if (!available_.wait_for(lock, acquireTimeout_, ready)) {
        ++timeouts_;
        throw errors::ApiError(errors::ErrorCode::ServiceUnavailable, "The database is busy; retry shortly.")
            .withRetryAfter(1);
    }
    if (fresh && created_ == size_) {
        idle_.erase(idle_.begin()); // the longest idle makes room, closed as it goes
        --created_;
    }
    if (!fresh && !idle_.empty()) {
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
    } catch (const std::exception& error) {
        lock.lock();
        --created_;
        available_.notify_one();
        connectionPoolLogger.warning(std::string("cannot open a pooled connection: ") + error.what());
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
