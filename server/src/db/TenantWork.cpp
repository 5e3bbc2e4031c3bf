// SPDX-License-Identifier: Apache-2.0
#include "db/TenantWork.h"

namespace aih::db {

TenantWork::TenantWork(pqxx::connection_base& connection, std::string tenantId, Isolation isolation)
    : pqxx::internal::namedclass("TenantWork"), pqxx::internal::basic_transaction(
                                                    connection,
                                                    pqxx::isolation_traits<pqxx::read_committed>::name(),
                                                    pqxx::read_write),
      tenantId_(std::move(tenantId)), isolation_(isolation)
{
    Begin();
}

TenantWork::~TenantWork() noexcept
{
    End();
}

void TenantWork::do_begin()
{
    // One simple query, so one round trip for both: a prepared statement cannot share a round
    // trip with BEGIN in libpqxx 6. The id travels as a literal that quote() escapes for this
    // connection (ids come from our own tables, but the escaping does not rely on that).
    const std::string start =
        isolation_ == Isolation::Snapshot ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN";
    const auto begin = start + "; SELECT set_config('aih.tenant_id', " + conn().quote(tenantId_) + ", true)";
    direct_exec(begin.c_str());
}

} // namespace aih::db
