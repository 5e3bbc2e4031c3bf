// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "billing/BillingService.h"
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

/// Offboarding a tenant, for platform-admins: closing it ends its Stripe subscription, suspends
/// it at once (every instance refuses its keys and sign-ins), then writes the whole-tenant archive from one
/// snapshot, then, once the grace period has passed, deleteDue() deletes its data and destroys its audit
/// subject keys. Deletion needs the closing's archive: a closing whose archive failed (a crash, say) deletes
/// nothing until a second close writes it. Reactivating the tenant during the grace period (TenantService)
/// cancels the closing and deletes its archive.
class ClosureService
{
public:
    static constexpr int defaultGraceDays = 30;
    static constexpr int maxGraceDays = 365;

    /// `archiveKeepDays`: how long a deleted tenant's archive is kept for handing over.
    ClosureService(db::Database& database, const audit::AuditLog& audit, billing::BillingService& billing,
                   db::Announce announce, int archiveKeepDays)
        : database_(database), audit_(audit), billing_(billing), announce_(std::move(announce)),
          archiveKeepDays_(archiveKeepDays)
    {
    }

    ClosedTenant close(identity::Caller& caller, const std::string& tenantId, int graceDays);
    /// The closing's archive, streamed chunk by chunk; platform-admins only, and audited.
    ArchiveDownload archive(identity::Caller& caller, const std::string& tenantId);
    /// Removes the archive scratch directories (tenant data in clear) that a process which died
    /// while writing an archive left behind; returns how many. Run at start.
    static int removeAbandonedScratch();
    /// Deletes every closed tenant whose grace has ended (returns how many), and the archives of
    /// tenants deleted more than the keeping days ago.
    int deleteDue();

private:
    /// Writes the archive from one snapshot, then stores it as the closing's if the closing is
    /// still the one the snapshot shows (409 otherwise); returns the tenant with it.
    ClosedTenant storeArchive(identity::Caller& caller, const std::string& tenantId);

    db::Database& database_;
    const audit::AuditLog& audit_;
    billing::BillingService& billing_;
    db::Announce announce_;
    int archiveKeepDays_;
};

} // namespace aih::offboarding
