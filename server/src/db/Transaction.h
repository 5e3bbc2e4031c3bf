// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionPool.h"
#include "db/Sql.h"
#include "db/TenantWork.h"

#include <functional>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <type_traits>
#include <vector>

namespace aih::db {

/// The one way code outside db/ touches the database: a transaction on a pooled connection
/// that runs only named, prepared statements. A tenant transaction sets `aih.tenant_id` with
/// SET LOCAL semantics as it begins (see TenantWork), so row-level security confines every
/// statement to that tenant and the setting cannot leak to the connection's next user.
class Transaction
{
public:
    /// `tenantId` empty: platform scope, which RLS shows no tenant rows at all.
    Transaction(ConnectionPool::Lease lease, const std::string& tenantId,
                Isolation isolation = Isolation::ReadCommitted);

    template <typename... Args> pqxx::result exec(const Sql& sql, Args&&... args)
    {
        refuseIfStray();
        if (!work_) {
            // Quoted for the connection the statement goes to, on every attempt.
            return execAlone(sql, [&] { return std::vector<std::string>{literal(args)...}; });
        }
        lease_->ensurePrepared(sql);
        return work_->exec_prepared(std::string(sql.name), std::forward<Args>(args)...);
    }

    /// Runs `work` with row-level security scoped to `otherTenant`, then to this transaction's
    /// tenant again: for rows that must commit exactly when this transaction's change does but
    /// belong to another tenant (an operator's action in the platform's audit chain). If `work`
    /// throws, the scope may still be the other tenant's, so the transaction runs and commits
    /// nothing more: it can only roll back.
    template <typename Work> void asTenant(const std::string& otherTenant, Work&& work)
    {
        if (otherTenant == tenantId_) {
            work();
            return;
        }
        const auto own = tenantId_;
        if (!work_) {
            // Each statement carries its scope: nothing on the server to put back.
            tenantId_ = otherTenant;
            try {
                work();
            } catch (...) {
                tenantId_ = own;
                throw;
            }
            tenantId_ = own;
            return;
        }
        try {
            scopeTo(otherTenant);
            work();
            scopeTo(own);
        } catch (...) {
            strayScope_ = true;
            throw;
        }
    }

    void commit()
    {
        refuseIfStray();
        if (work_) {
            work_->commit();
        }
    }
    const std::string& tenantId() const { return tenantId_; }
    /// False once the server has dropped the connection (then nothing more can run on it).
    bool connected() const { return !lease_.empty() && lease_->connection->is_open(); }

private:
    void scopeTo(const std::string& tenantId);
    void refuseIfStray() const;
    /// A statement-wise read: the tenant scope, read-only mode and the prepared statement's
    /// EXECUTE with its parameters as escaped literals, in one simple query, so one round trip
    /// and one implicit transaction. A connection lost with it is replaced by a newly opened one
    /// and the statement sent once more: it was read only, so it changed nothing, and once only,
    /// so a statement that itself ends its connection is not run again and again.
    pqxx::result execAlone(const Sql& sql, const std::function<std::vector<std::string>()>& literals);
    /// A parameter as exec_prepared would send it, written as an escaped SQL literal.
    template <typename T> std::string literal(const T& value)
    {
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
            return "NULL";
        } else {
            return lease_->connection->quote(value);
        }
    }

    ConnectionPool::Lease lease_;
    /// Absent for statement-wise reads, which have no transaction of their own.
    std::optional<TenantWork> work_;
    std::string tenantId_;
    /// An asTenant() failed part-way: the row-level security scope is not known to be ours.
    bool strayScope_ = false;
};

/// A nullable text parameter for exec(): libpqxx sends a null pointer as SQL NULL.
inline const char* nullable(const std::optional<std::string>& value)
{
    return value ? value->c_str() : nullptr;
}

} // namespace aih::db
