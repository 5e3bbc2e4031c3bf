// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aih::offboarding {

/// Where the current tenant stands in its closing.
struct ClosingState
{
    bool platform = false; ///< the platform tenant, which is never closed
    bool closed = false;
    bool deleted = false;
    bool archived = false; ///< the current closing's archive is stored
};

struct ArchiveRecord
{
    std::string id;
    std::string createdAt;
    std::int64_t byteSize = 0;
    std::string sha256;
    std::string manifestJson;
    int chunks = 0;
};

struct AssetFile
{
    std::string sha256;
    std::string mediaType;
    std::string bytes;
};

/// SQL for closing tenants and their archives; every call runs scoped to the tenant, except
/// dueForDeletion and expireArchives (platform scope).
class ArchiveStore
{
public:
    /// Locks the tenant's row (as every change of the tenant does, before the audit chain's
    /// lock); nothing when there is no such tenant.
    static std::optional<ClosingState> lockForClosing(db::Transaction& tx);
    /// As lockForClosing, but strong enough for the deletion, which also changes the tenant's
    /// unique keys (its domain): taken before the audit chain's lock, so the deletion never waits
    /// for a row lock while it holds the chain.
    static bool lockForDeletion(db::Transaction& tx);
    /// Whether the current closing began before `snapshotAt` (an archive's snapshot time, RFC 3339
    /// with microseconds): an archive written for an earlier, cancelled closing does not qualify.
    static bool closedBefore(db::Transaction& tx, const std::string& snapshotAt);
    /// Suspends the tenant (if it is not already) and sets its deletion `graceDays` from now.
    static void markClosed(db::Transaction& tx, int graceDays);

    /// Reads one table's rows of the tenant (each as JSON text without the hidden columns), or
    /// its brand images, through one cursor: open, fetch until a batch is empty, close.
    static void openRows(db::Transaction& tx, std::string_view table);
    static std::vector<std::string> fetchRows(db::Transaction& tx);
    static void openAssets(db::Transaction& tx);
    static std::vector<AssetFile> fetchAssets(db::Transaction& tx);
    static void closeCursor(db::Transaction& tx);
    /// When the transaction began, RFC 3339 with microseconds (the moment a snapshot shows).
    static std::string snapshotTime(db::Transaction& tx);

    static std::string insertArchive(db::Transaction& tx, const std::string& operatorId,
                                     std::int64_t byteSize, const std::string& sha256,
                                     const std::string& manifestJson);
    static void insertChunk(db::Transaction& tx, const std::string& archiveId, int seq,
                            std::string_view bytes);
    /// Makes the archive the current closing's.
    static void attachArchive(db::Transaction& tx, const std::string& archiveId);
    /// The current closing's archive (kept after the deletion until it expires).
    static std::optional<ArchiveRecord> closingArchive(db::Transaction& tx);
    static std::string chunk(db::Transaction& tx, const std::string& archiveId, int seq);

    /// Closed tenants past their grace with an archive (platform scope).
    static std::vector<std::string> dueForDeletion(db::Transaction& tx);
    /// Deletes the tenant's data if it is due (aih_delete_closed_tenant); whether it did.
    static bool deleteIfDue(db::Transaction& tx);
    /// Deletes the archives of tenants deleted more than `keepDays` ago (platform scope); returns
    /// those tenants.
    static std::vector<std::string> expireArchives(db::Transaction& tx, int keepDays);
};

} // namespace aih::offboarding
