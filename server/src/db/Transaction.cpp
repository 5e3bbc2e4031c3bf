// SPDX-License-Identifier: Apache-2.0
#include "db/Transaction.h"

#include <stdexcept>

namespace aih::db {
namespace {

// As TenantWork's BEGIN sets it: local to the transaction.
constexpr Sql setTenantSql{"aih.set_tenant", "SELECT set_config('aih.tenant_id', $1, true)"};

} // namespace

Transaction::Transaction(ConnectionPool::Lease lease, const std::string& tenantId, Isolation isolation)
    : lease_(std::move(lease)), tenantId_(tenantId)
{
    if (isolation != Isolation::StatementWiseReads) {
        work_.emplace(*lease_->connection, tenantId, isolation);
    }
}

pqxx::result Transaction::execAlone(const Sql& sql, const std::function<std::vector<std::string>()>& literals)
{
    for (int attempt = 0;; ++attempt) {
        if (lease_.empty()) {
            throw pqxx::broken_connection("no connection after a failed replacement");
        }
        try {
            auto& connection = *lease_->connection;
            const auto parameters = literals();
            lease_->ensurePrepared(sql);
            connection.prepare_now(std::string(sql.name));
            // The scope and read-only mode are local to the implicit transaction that a
            // multi-statement query runs in, so they end with the statement, whatever happens.
            std::string query = "SELECT set_config('aih.tenant_id', " + connection.quote(tenantId_) +
                                ", true), set_config('transaction_read_only', 'on', true); EXECUTE " +
                                connection.quote_name(std::string(sql.name));
            for (std::size_t i = 0; i < parameters.size(); ++i) {
                query += (i == 0 ? "(" : ", ") + parameters[i];
            }
            query += parameters.empty() ? "" : ")";
            pqxx::nontransaction alone(connection);
            return alone.exec(query);
        } catch (const pqxx::broken_connection&) {
            // Lost (a failover, pg_terminate_backend): once more, on a newly opened connection.
            // One libpqxx calls broken but that is still open is not retried.
            if (attempt > 0 || lease_->connection->is_open()) {
                throw;
            }
            lease_.replace();
        }
    }
}

void Transaction::scopeTo(const std::string& tenantId)
{
    exec(setTenantSql, tenantId);
    tenantId_ = tenantId;
}

void Transaction::refuseIfStray() const
{
    if (strayScope_) {
        throw std::logic_error("A transaction whose tenant scope switch failed can only roll back.");
    }
}

} // namespace aih::db
