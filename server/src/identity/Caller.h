// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"
#include "db/Database.h"
#include "identity/Principal.h"

#include <functional>
#include <string>

namespace aih::identity {

/// Where a call came from. A user actor's address and user agent are personal data (the audit
/// log seals them under that user's key).
struct Origin
{
    std::string ip;
    std::string userAgent;
    std::string method;
    std::string path;
    std::string requestId;
};

/// Who makes a call, in which tenant and from where: what a service needs to know about its
/// caller, as plain values. Routes build it from the request; tests build it by hand.
struct Caller
{
    /// Confirms, inside each transaction of the caller's, that the actor may still act (its user
    /// and session active, its role current) and refreshes `principal.role`.
    using Confirm = std::function<void(db::Transaction&, Caller&)>;

    Principal principal;
    /// The tenant the call acts in: the credential's, else the one the request named.
    std::string tenantId;
    Origin origin;
    /// The least role the call needs, checked again by `confirm` against the current role.
    Role requiredRole = Role::User;
    Confirm confirm;

    /// Runs `work` in a transaction scoped to the caller's tenant, after `confirm` (roles can
    /// change mid-token, sessions can end). Throws 400 when the call names no tenant.
    template <typename Work> auto inTenant(db::Database& database, Work&& work)
    {
        requireTenant();
        return database.inTenant(tenantId, confirmedThen(std::forward<Work>(work)));
    }

    /// As inTenant, for read-only work that needs no single picture across its statements
    /// (db::Database::readInTenant): a one-statement read then costs one round trip.
    template <typename Work> auto readInTenant(db::Database& database, Work&& work)
    {
        requireTenant();
        return database.readInTenant(tenantId, confirmedThen(std::forward<Work>(work)));
    }

private:
    void requireTenant() const;
    template <typename Work> auto confirmedThen(Work&& work)
    {
        return [this, &work](db::Transaction& tx) {
            if (confirm) {
                confirm(tx, *this);
            }
            return work(tx);
        };
    }
};

} // namespace aih::identity
