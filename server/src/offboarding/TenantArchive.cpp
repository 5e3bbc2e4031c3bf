// SPDX-License-Identifier: Apache-2.0
#include "offboarding/TenantArchive.h"

#include "audit/AuditQueryStore.h"
#include "audit/EntryView.h"
#include "audit/ExportFormat.h"
#include "offboarding/ArchiveStore.h"
#include "offboarding/TenantTables.h"
#include "util/JsonText.h"

#include <Poco/DateTime.h>
#include <Poco/JSON/Array.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace aih::offboarding {
namespace {

constexpr int auditBatch = 500;

std::string_view extensionOf(const std::string& mediaType)
{
    if (mediaType == "image/png") {
        return "png";
    }
    if (mediaType == "image/jpeg") {
        return "jpg";
    }
    if (mediaType == "image/webp") {
        return "webp";
    }
    return "ico";
}

/// Each entry is written to a scratch file first: Poco's zip writer reads an entry from a
/// stream, and a tenant's audit trail can be far larger than memory should hold.
class ZipWriter
{
public:
    ZipWriter(std::ostream& out, std::filesystem::path scratch)
        : zip_(out, true, true), scratch_(std::move(scratch))
    {
    }

    template <typename Fill> void add(const std::string& path, Fill&& fill)
    {
        {
            std::ofstream file(scratch_, std::ios::binary | std::ios::trunc);
            fill(file);
            if (!file.flush()) {
                throw std::runtime_error("could not write the archive's scratch file");
            }
        }
        std::ifstream in(scratch_, std::ios::binary);
        zip_.addFile(in, now_, Poco::Path(path, Poco::Path::PATH_UNIX));
    }

    void addText(const std::string& path, const std::string& text)
    {
        std::istringstream in(text);
        zip_.addFile(in, now_, Poco::Path(path, Poco::Path::PATH_UNIX));
    }

    void close() { zip_.close(); }

private:
    Poco::Zip::Compress zip_;
    std::filesystem::path scratch_;
    Poco::DateTime now_;
};

std::int64_t writeTable(db::Transaction& tx, std::string_view table, std::ostream& out)
{
    std::int64_t count = 0;
    ArchiveStore::openRows(tx, table);
    for (auto batch = ArchiveStore::fetchRows(tx); !batch.empty(); batch = ArchiveStore::fetchRows(tx)) {
        for (const auto& row : batch) {
            out << row << '\n';
        }
        count += static_cast<std::int64_t>(batch.size());
    }
    ArchiveStore::closeCursor(tx);
    return count;
}

std::int64_t writeAuditEntries(db::Transaction& tx, const audit::AuditKeys& keys, std::ostream& out)
{
    audit::ExportWriter writer(out, audit::ExportFormat::JsonLines);
    writer.begin();
    const auto throughSeq = audit::AuditQueryStore::lastSeq(tx);
    std::int64_t count = 0;
    std::optional<audit::AuditPosition> after;
    for (;;) {
        const auto batch = audit::AuditQueryStore::rowsAfter(tx, {}, after, throughSeq, auditBatch);
        for (const auto& stored : batch) {
            writer.write(audit::openEntry(stored, keys));
        }
        count += static_cast<std::int64_t>(batch.size());
        if (static_cast<int>(batch.size()) < auditBatch) {
            return count;
        }
        after = audit::AuditPosition{batch.back().entry.occurredAtMicros, batch.back().entry.seq};
    }
}

} // namespace

Poco::JSON::Object::Ptr writeTenantArchive(db::Transaction& tx, const audit::AuditKeys& keys,
                                           std::ostream& out, const std::filesystem::path& scratch)
{
    ZipWriter zip(out, scratch);
    Poco::JSON::Array::Ptr tables = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr leftOut = new Poco::JSON::Array;
    for (const auto& table : tenantTables()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("name", std::string(table.name));
        if (!table.leftOutBecause.empty()) {
            entry->set("reason", std::string(table.leftOutBecause));
            leftOut->add(entry);
            continue;
        }
        const auto path = "tables/" + std::string(table.name) + ".jsonl";
        std::int64_t rows = 0;
        zip.add(path, [&](std::ostream& file) { rows = writeTable(tx, table.name, file); });
        entry->set("file", path);
        entry->set("rows", rows);
        tables->add(entry);
    }

    std::int64_t auditEntries = 0;
    zip.add("audit/entries.jsonl",
            [&](std::ostream& file) { auditEntries = writeAuditEntries(tx, keys, file); });

    std::int64_t assets = 0;
    ArchiveStore::openAssets(tx);
    for (auto batch = ArchiveStore::fetchAssets(tx); !batch.empty(); batch = ArchiveStore::fetchAssets(tx)) {
        for (const auto& asset : batch) {
            zip.addText("assets/" + asset.sha256 + "." + std::string(extensionOf(asset.mediaType)),
                        asset.bytes);
        }
        assets += static_cast<std::int64_t>(batch.size());
    }
    ArchiveStore::closeCursor(tx);

    Poco::JSON::Object::Ptr manifest = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    manifest->set("format", "aih-tenant-archive/1");
    manifest->set("tenant_id", tx.tenantId());
    manifest->set("snapshot_at", ArchiveStore::snapshotTime(tx));
    manifest->set("tables", tables);
    manifest->set("tables_left_out", leftOut);
    manifest->set("audit_entries", auditEntries);
    manifest->set("assets", assets);
    manifest->set("hidden_columns", std::string(archiveHiddenColumns));
    zip.addText("manifest.json", util::toJsonText(manifest) + "\n");
    zip.close();
    return manifest;
}

} // namespace aih::offboarding
