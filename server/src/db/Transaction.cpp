// SPDX-License-Identifier: Apache-2.0
#include "db/Transaction.h"

namespace aih::db {
namespace {

constexpr Sql setTenant{"db.set_tenant", "SELECT set_config('aih.tenant_id', $1, true)"};

} // namespace

Transaction::Transaction(ConnectionPool::Lease lease, const std::string& tenantId)
    : lease_(std::move(lease)), work_(*lease_->connection), tenantId_(tenantId)
{
    exec(setTenant, tenantId);
}

} // namespace aih::db
