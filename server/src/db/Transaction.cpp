// SPDX-License-Identifier: Apache-2.0
#include "db/Transaction.h"

namespace aih::db {

Transaction::Transaction(ConnectionPool::Lease lease, const std::string& tenantId)
    : lease_(std::move(lease)), work_(*lease_->connection, tenantId), tenantId_(tenantId)
{
}

} // namespace aih::db
