// SPDX-License-Identifier: Apache-2.0
#include "db/Transaction.h"

#include <stdexcept>

namespace aih::db {
namespace {

// As TenantWork's BEGIN sets it: local to the transaction.
constexpr Sql setTenantSql{"aih.set_tenant", "SELECT set_config('aih.tenant_id', $1, true)"};

} // namespace

Transaction::Transaction(ConnectionPool::Lease lease, const std::string& tenantId, Isolation isolation)
    : lease_(std::move(lease)), work_(*lease_->connection, tenantId, isolation), tenantId_(tenantId)
{
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
