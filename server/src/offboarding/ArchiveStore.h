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
    bool closed = false;
    bool deleted = false;
    bool archived = false;
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

/// Rows of one table read in physical order, each as JSON text without the hidden columns.
struct RowBatch
{
    std::vector<std::string> rows;
    std::string lastPosition; ///< where the next batch starts
};

struct AssetFile
{
    std::string sha256;
    std::string mediaType;
    std::string bytes;
};

struct AssetBatch
{
    std::vector<AssetFile> assets;
    std::string lastPosition;
};

/// SQL for closing tenants and their archives; every call runs scoped to the tenant, except
/// dueForDeletion (platform scope).
class ArchiveStore
{
public:
    /// The position before a table's first row.
    static constexpr std::string_view firstPosition = "(0,0)";

    /// Locks the tenant's row for the closing; nothing when there is no such tenant.
    static std::optional<ClosingState> lockForClosing(db::Transaction& tx);
    /// Suspends the tenant (if it is not already) and sets its deletion `graceDays` from now.
    static void markClosed(db::Transaction& tx, int graceDays);

    static RowBatch rowsAfter(db::Transaction& tx, std::string_view table, const std::string& position,
                              int limit);
    static AssetBatch assetsAfter(db::Transaction& tx, const std::string& position, int limit);

    static std::string insertArchive(db::Transaction& tx, const std::string& operatorId,
                                     std::int64_t byteSize, const std::string& sha256,
                                     const std::string& manifestJson);
    static void insertChunk(db::Transaction& tx, const std::string& archiveId, int seq,
                            std::string_view bytes);
    /// The tenant's newest archive.
    static std::optional<ArchiveRecord> latestArchive(db::Transaction& tx);
    static std::string chunk(db::Transaction& tx, const std::string& archiveId, int seq);

    /// Closed tenants past their grace with an archive (platform scope).
    static std::vector<std::string> dueForDeletion(db::Transaction& tx);
    /// Deletes the tenant's data if it is due (aih_delete_closed_tenant); whether it did.
    static bool deleteIfDue(db::Transaction& tx);
};

} // namespace aih::offboarding
