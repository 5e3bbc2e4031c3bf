// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "offboarding/ArchiveStore.h"
#include "tenancy/Tenant.h"
#include "util/StreamWriter.h"

#include <string>

namespace aih::offboarding {

struct ClosedTenant
{
    tenancy::Tenant tenant;
    ArchiveRecord archive;
};

struct ArchiveDownload
{
    ArchiveRecord record;
    std::string slug;
    util::StreamWriter writer;
};

/// Offboarding a tenant, for platform-admins: closing it suspends it at once (every instance
/// refuses its keys and sign-ins), then writes the whole-tenant archive from one snapshot, then,
/// once the grace period has passed, deleteDue() deletes its data and destroys its audit subject
/// keys. Deletion needs the archive: a closing whose archive failed (a crash, say) deletes
/// nothing until a second close writes it. Reactivating the tenant during the grace period
/// (TenantService) cancels the closing.
class ClosureService
{
public:
    static constexpr int defaultGraceDays = 30;
    static constexpr int maxGraceDays = 365;

    ClosureService(db::Database& database, const audit::AuditLog& audit, db::Announce announce)
        : database_(database), audit_(audit), announce_(std::move(announce))
    {
    }

    ClosedTenant close(identity::Caller& caller, const std::string& tenantId, int graceDays);
    /// The newest archive, streamed chunk by chunk; for any operator (support too).
    ArchiveDownload archive(identity::Caller& caller, const std::string& tenantId);
    /// Deletes every closed tenant whose grace has ended; returns how many.
    int deleteDue();

private:
    ArchiveRecord writeArchive(identity::Caller& caller, const std::string& tenantId);

    db::Database& database_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
};

} // namespace aih::offboarding
