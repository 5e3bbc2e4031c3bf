// SPDX-License-Identifier: Apache-2.0
#include "offboarding/ClosureService.h"

#include "audit/AuditStore.h"
#include "errors/ApiError.h"
#include "identity/PlatformTenant.h"
#include "logging/Logger.h"
#include "offboarding/TenantArchive.h"
#include "tenancy/TenantStore.h"
#include "util/JsonText.h"

#include <Poco/DigestStream.h>
#include <Poco/SHA2Engine.h>
#include <Poco/TemporaryFile.h>
#include <fstream>
#include <vector>

namespace aih::offboarding {
namespace {

using errors::ApiError;
using errors::ErrorCode;

/// Archives are stored in 1 MiB rows: small enough for one allocation each way, large enough
/// that a big tenant's archive is a few hundred rows.
constexpr std::size_t chunkBytes = 1 << 20;

const logging::Logger closureServiceLogger("offboarding");

void requireOperator(const identity::Caller& caller, bool changing)
{
    if (!caller.principal.isOperator()) {
        throw ApiError(ErrorCode::Forbidden, "Only platform operators close tenants.");
    }
    if (changing && caller.principal.operatorReadOnly) {
        throw ApiError(ErrorCode::Forbidden, "Only platform-admins close tenants.");
    }
}

} // namespace

ClosedTenant ClosureService::close(identity::Caller& caller, const std::string& tenantId, int graceDays)
{
    requireOperator(caller, true);
    if (graceDays < 0 || graceDays > maxGraceDays) {
        throw ApiError::validation("grace_days", "must be 0 to 365");
    }
    if (identity::isPlatformTenant(tenantId)) {
        throw ApiError(ErrorCode::Conflict, "The platform tenant cannot be closed.");
    }
    // First the closing itself, so nothing changes in the tenant while the archive is written.
    const bool archived = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto state = ArchiveStore::lockForClosing(tx);
        if (!state) {
            throw ApiError(ErrorCode::NotFound, "No such tenant.");
        }
        if (state->deleted) {
            throw ApiError(ErrorCode::Conflict, "The tenant was closed and its data deleted.");
        }
        if (state->closed && state->archived) {
            throw ApiError(ErrorCode::Conflict,
                           "The tenant is already closing; reactivate it first to close it again.");
        }
        if (!state->closed) {
            ArchiveStore::markClosed(tx, graceDays);
            audit_.record(tx, audit::eventFrom(caller, "tenant.closed")
                                  .on("tenant", tenantId)
                                  .with("grace_days", graceDays));
        }
        return state->archived;
    });
    announce_(db::Change::tenant(tenantId));
    ArchiveRecord record;
    if (!archived) {
        record = writeArchive(caller, tenantId);
    }
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        return ClosedTenant{*tenancy::TenantStore::find(tx, tenantId), *ArchiveStore::latestArchive(tx)};
    });
}

ArchiveRecord ClosureService::writeArchive(identity::Caller& caller, const std::string& tenantId)
{
    Poco::TemporaryFile scratch;
    Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
    Poco::JSON::Object::Ptr manifest;
    {
        std::ofstream file(scratch.path(), std::ios::binary);
        manifest = database_.inTenantSnapshot(
            tenantId, [&](db::Transaction& tx) { return writeTenantArchive(tx, audit_.keys(), file); });
        if (!file.flush()) {
            throw std::runtime_error("could not write the tenant archive");
        }
    }
    std::ifstream in(scratch.path(), std::ios::binary);
    std::vector<char> buffer(chunkBytes);
    std::vector<std::string> chunks;
    std::int64_t size = 0;
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        const auto got = static_cast<std::size_t>(in.gcount());
        sha.update(buffer.data(), got);
        chunks.emplace_back(buffer.data(), got);
        size += static_cast<std::int64_t>(got);
    }
    const auto digest = Poco::DigestEngine::digestToHex(sha.digest());
    const auto manifestJson = util::toJsonText(manifest);
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto id =
            ArchiveStore::insertArchive(tx, caller.principal.operatorId, size, digest, manifestJson);
        for (std::size_t seq = 0; seq < chunks.size(); ++seq) {
            ArchiveStore::insertChunk(tx, id, static_cast<int>(seq), chunks[seq]);
        }
        audit_.record(tx, audit::eventFrom(caller, "tenant.archived")
                              .on("tenant", tenantId)
                              .with("archive_id", id)
                              .with("sha256", digest)
                              .with("byte_size", size));
        return *ArchiveStore::latestArchive(tx);
    });
}

ArchiveDownload ClosureService::archive(identity::Caller& caller, const std::string& tenantId)
{
    requireOperator(caller, false);
    auto download = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        const auto tenant = tenancy::TenantStore::find(tx, tenantId);
        if (!tenant) {
            throw ApiError(ErrorCode::NotFound, "No such tenant.");
        }
        const auto record = ArchiveStore::latestArchive(tx);
        if (!record) {
            throw ApiError(ErrorCode::NotFound, "The tenant has no archive: close it first.");
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
                // As a user's erasure: the chain's lock first, so no append still seals with a
                // key being destroyed.
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
    return deleted;
}

} // namespace aih::offboarding
