// SPDX-License-Identifier: Apache-2.0
#include "offboarding/ClosureService.h"

#include "audit/AuditStore.h"
#include "errors/ApiError.h"
#include "logging/Logger.h"
#include "offboarding/ScratchDirectory.h"
#include "offboarding/TenantArchive.h"
#include "tenancy/TenantStore.h"
#include "util/JsonText.h"

#include <Poco/SHA2Engine.h>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

namespace aih::offboarding {
namespace {

using errors::ApiError;
using errors::ErrorCode;

/// Archives are stored in 1 MiB rows: small enough for one allocation each way, large enough
/// that a big tenant's archive is a few hundred rows.
constexpr std::size_t chunkBytes = 1 << 20;

const logging::Logger closureServiceLogger("offboarding");

void requireOperator(const identity::Caller& caller)
{
    if (!caller.principal.isOperator()) {
        throw ApiError(ErrorCode::Forbidden, "Only platform operators close tenants.");
    }
    if (caller.principal.operatorReadOnly) {
        throw ApiError(ErrorCode::Forbidden, "Only platform-admins close tenants and read their archives.");
    }
}

/// The closing's state under the tenant's row lock; 404, or 409 for the platform tenant and for
/// a tenant whose data is gone.
ClosingState lockedState(db::Transaction& tx)
{
    const auto state = ArchiveStore::lockForClosing(tx);
    if (!state) {
        throw ApiError(ErrorCode::NotFound, "No such tenant.");
    }
    if (state->platform) {
        throw ApiError(ErrorCode::Conflict, "The platform tenant cannot be closed.");
    }
    if (state->deleted) {
        throw ApiError(ErrorCode::Conflict, "The tenant was closed and its data deleted.");
    }
    return *state;
}

/// 409 for a closing whose archive is written: only a reactivation starts it over.
void requireNotClosing(const ClosingState& state)
{
    if (state.closed && state.archived) {
        throw ApiError(ErrorCode::Conflict,
                       "The tenant is already closing; reactivate it first to close it again.");
    }
}

} // namespace

int ClosureService::removeAbandonedScratch()
{
    const int removed = ScratchDirectory::removeAbandoned();
    if (removed > 0) {
        closureServiceLogger.warning("removed archive scratch directories left by a process that died",
                                     {{"removed", std::to_string(removed)}});
    }
    return removed;
}

ClosedTenant ClosureService::close(identity::Caller& caller, const std::string& tenantId, int graceDays)
{
    requireOperator(caller);
    if (graceDays < 0 || graceDays > maxGraceDays) {
        throw ApiError::validation("grace_days", "must be 0 to 365");
    }
    // Billing ends first: a closing Stripe could not be told of would go on charging the
    // customer. A tenant that cannot be closed is refused before Stripe is asked anything.
    database_.inTenant(tenantId, [&](db::Transaction& tx) { requireNotClosing(lockedState(tx)); });
    billing_.cancelForClosing(caller, tenantId);
    // Then the closing itself, so nothing changes in the tenant while the archive is written.
    // A closing left without its archive (aihd died) is taken up again as it stands.
    database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto state = lockedState(tx);
        requireNotClosing(state);
        if (!state.closed) {
            ArchiveStore::markClosed(tx, graceDays);
            audit_.record(tx, audit::eventFrom(caller, "tenant.closed")
                                  .on("tenant", tenantId)
                                  .with("grace_days", graceDays));
        }
    });
    announce_(db::Change::tenant(tenantId));
    return storeArchive(caller, tenantId);
}

ClosedTenant ClosureService::storeArchive(identity::Caller& caller, const std::string& tenantId)
{
    const ScratchDirectory scratch;
    const auto zipPath = scratch.file("archive.zip");
    Poco::JSON::Object::Ptr manifest;
    {
        std::ofstream file(zipPath, std::ios::binary);
        manifest = database_.inTenantSnapshot(tenantId, [&](db::Transaction& tx) {
            return writeTenantArchive(tx, audit_.keys(), file, scratch.file("entry"));
        });
        if (!file.flush()) {
            throw std::runtime_error("could not write the tenant archive");
        }
    }
    Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
    std::vector<char> buffer(chunkBytes);
    {
        std::ifstream in(zipPath, std::ios::binary);
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
            sha.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
        }
    }
    const auto digest = Poco::DigestEngine::digestToHex(sha.digest());
    const auto size = static_cast<std::int64_t>(std::filesystem::file_size(zipPath));
    const auto snapshotAt = manifest->getValue<std::string>("snapshot_at");
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        // Still the closing the snapshot shows? A reactivation (and maybe a new closing), a
        // deletion or another request's archive may have come first while this one was written;
        // then this archive belongs to no closing.
        const auto state = lockedState(tx);
        if (!state.closed || state.archived || !ArchiveStore::closedBefore(tx, snapshotAt)) {
            throw ApiError(ErrorCode::Conflict,
                           "The tenant's closing changed while its archive was written (reactivated, or "
                           "archived by another request).");
        }
        const auto id = ArchiveStore::insertArchive(tx, caller.principal.operatorId, size, digest,
                                                    util::toJsonText(manifest));
        std::ifstream in(zipPath, std::ios::binary);
        for (int seq = 0;
             in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0; ++seq) {
            ArchiveStore::insertChunk(tx, id, seq,
                                      std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
        }
        ArchiveStore::attachArchive(tx, id);
        audit_.record(tx, audit::eventFrom(caller, "tenant.archived")
                              .on("tenant", tenantId)
                              .with("archive_id", id)
                              .with("sha256", digest)
                              .with("byte_size", size));
        return ClosedTenant{*tenancy::TenantStore::find(tx, tenantId), *ArchiveStore::closingArchive(tx)};
    });
}

ArchiveDownload ClosureService::archive(identity::Caller& caller, const std::string& tenantId)
{
    requireOperator(caller);
    // The archive holds the tenant's personal data and its readable audit trail: each download
    // is recorded, in the tenant's chain and the platform's, before a byte is sent.
    auto download = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto tenant = tenancy::TenantStore::find(tx, tenantId);
        if (!tenant) {
            throw ApiError(ErrorCode::NotFound, "No such tenant.");
        }
        const auto record = ArchiveStore::closingArchive(tx);
        if (!record) {
            throw ApiError(ErrorCode::NotFound,
                           "The tenant has no archive: it is not closing, or its archive expired.");
        }
        // HEAD (size and digest only) reads nothing of the archive: nothing to record.
        if (caller.origin.method != "HEAD") {
            audit_.record(tx, audit::eventFrom(caller, "tenant.archive_downloaded")
                                  .on("tenant", tenantId)
                                  .with("archive_id", record->id));
        }
        return ArchiveDownload{*record, tenant->slug, {}};
    });
    // One chunk per short transaction, so a slow reader holds no pooled connection.
    download.writer = [this, tenantId, id = download.record.id,
                       chunks = download.record.chunks](std::ostream& out) {
        for (int seq = 0; seq < chunks; ++seq) {
            out << database_.inTenant(tenantId,
                                      [&](db::Transaction& tx) { return ArchiveStore::chunk(tx, id, seq); });
            if (!out) {
                throw std::runtime_error("the archive's connection broke");
            }
        }
    };
    return download;
}

int ClosureService::deleteDue()
{
    std::vector<std::string> due;
    try {
        due = database_.inPlatform([](db::Transaction& tx) { return ArchiveStore::dueForDeletion(tx); });
    } catch (const std::exception& error) {
        // The database is away (a failover, a shutdown): the next pass asks again.
        closureServiceLogger.warning("could not look for closed tenants to delete",
                                     {{"error", error.what()}});
        return 0;
    }
    int deleted = 0;
    for (const auto& tenantId : due) {
        try {
            const bool done = database_.inTenant(tenantId, [&](db::Transaction& tx) {
                // Locks in the order every change takes them: the tenant's row, then the audit
                // chain (as a user's erasure does, so no append still seals with a key being
                // destroyed), and the audit entry last.
                if (!ArchiveStore::lockForDeletion(tx)) {
                    return false;
                }
                audit::AuditStore::lockChain(tx);
                if (!ArchiveStore::deleteIfDue(tx)) {
                    return false;
                }
                audit_.record(tx, audit::systemEvent("tenant.deleted").on("tenant", tenantId));
                return true;
            });
            if (done) {
                ++deleted;
                announce_(db::Change::tenant(tenantId));
                closureServiceLogger.info("deleted the data of a closed tenant", {{"tenant_id", tenantId}});
            }
        } catch (const std::exception& error) {
            // Another instance may be deleting it, or the database failed over: the next pass retries.
            closureServiceLogger.warning("could not delete a closed tenant",
                                         {{"tenant_id", tenantId}, {"error", error.what()}});
        }
    }
    try {
        database_.inPlatform([&](db::Transaction& tx) {
            // In each tenant's own trail, committed with the deletion it records.
            for (const auto& tenantId : ArchiveStore::expireArchives(tx, archiveKeepDays_)) {
                tx.asTenant(tenantId, [&] {
                    audit_.record(tx, audit::systemEvent("tenant.archive_expired")
                                          .on("tenant", tenantId)
                                          .with("kept_days", archiveKeepDays_));
                });
            }
        });
    } catch (const std::exception& error) {
        closureServiceLogger.warning("could not expire old tenant archives", {{"error", error.what()}});
    }
    return deleted;
}

} // namespace aih::offboarding
