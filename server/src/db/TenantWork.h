// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <pqxx/transaction>
#include <string>

namespace aih::db {

/// A read-committed transaction whose BEGIN also sets `aih.tenant_id` for row-level security,
/// in the same round trip. The setting is made with set_config(..., true), SET LOCAL semantics:
/// it ends with the transaction, committed or not, and never reaches the connection's next user.
/// Commit, rollback and a commit whose outcome is unknown (pqxx::in_doubt_error) are libpqxx's.
/// A snapshot instead reads one consistent picture across all its statements (repeatable read,
/// read only): for reading a whole tenant out as of one moment. Statement-wise reads send no
/// BEGIN or COMMIT at all: each statement runs alone, read only, as its own implicit transaction
/// that carries the tenant scope with it (db::Transaction), so a one-statement read costs one
/// round trip instead of three. Read committed gives each statement its own snapshot anyway, so
/// only work that writes or locks needs a transaction around its statements.
enum class Isolation
{
    ReadCommitted,
    Snapshot,
    StatementWiseReads
};

class TenantWork final : public pqxx::internal::basic_transaction
{
public:
    /// `tenantId` empty: platform scope, which RLS shows no tenant rows at all.
    TenantWork(pqxx::connection_base& connection, std::string tenantId,
               Isolation isolation = Isolation::ReadCommitted);
    ~TenantWork() noexcept override;
    TenantWork(const TenantWork&) = delete;
    TenantWork& operator=(const TenantWork&) = delete;
    TenantWork(TenantWork&&) = delete;
    TenantWork& operator=(TenantWork&&) = delete;

private:
    void do_begin() override;

    std::string tenantId_;
    Isolation isolation_;
};

} // namespace aih::db
