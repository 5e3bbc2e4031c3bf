// SPDX-License-Identifier: Apache-2.0
#include "DatabaseBackends.h"

#include <chrono>
#include <pqxx/pqxx>
#include <stdexcept>
#include <thread>

namespace aih::test {

DatabaseBackends::DatabaseBackends(const std::string& ownerUrl)
    : owner_(std::make_unique<pqxx::connection>(ownerUrl))
{
}

std::vector<int> DatabaseBackends::aihd()
{
    pqxx::nontransaction tx(*owner_);
    std::vector<int> pids;
    for (const auto& row : tx.exec("SELECT pid FROM pg_stat_activity "
                                   "WHERE datname = current_database() AND application_name = 'aihd'")) {
        pids.push_back(row[0].as<int>());
    }
    return pids;
}

int DatabaseBackends::listener()
{
    pqxx::nontransaction tx(*owner_);
    const auto rows = tx.exec("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                              "AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'");
    return rows.empty() ? 0 : rows[0][0].as<int>();
}

DatabaseBackends::Terminated DatabaseBackends::terminateAll()
{
    // One statement sees each connection's state and ends it, so "busy" is as near the truth as
    // the server can tell.
    const auto rows = pqxx::nontransaction(*owner_).exec(
        "SELECT pid, state <> 'idle' AS busy, pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND application_name = 'aihd'");
    Terminated terminated;
    std::vector<int> pids;
    for (const auto& row : rows) {
        pids.push_back(row["pid"].as<int>());
        terminated.busy += row["busy"].as<bool>() ? 1 : 0;
    }
    terminated.all = static_cast<int>(pids.size());
    waitUntilGone(pids);
    return terminated;
}

void DatabaseBackends::terminate(int pid)
{
    pqxx::nontransaction(*owner_).exec_params("SELECT pg_terminate_backend($1)", pid);
    waitUntilGone({pid});
}

void DatabaseBackends::exec(const std::string& sql)
{
    pqxx::nontransaction(*owner_).exec(sql);
}

void DatabaseBackends::waitUntilGone(const std::vector<int>& pids)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (const int pid : pids) {
        while (!pqxx::nontransaction(*owner_)
                    .exec_params("SELECT 1 FROM pg_stat_activity WHERE pid = $1", pid)
                    .empty()) {
            if (std::chrono::steady_clock::now() > deadline) {
                throw std::runtime_error("backend " + std::to_string(pid) + " outlived pg_terminate_backend");
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
}

} // namespace aih::test
