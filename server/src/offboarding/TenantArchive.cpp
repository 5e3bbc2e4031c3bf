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
#include <Poco/TemporaryFile.h>
#include <Poco/Zip/Compress.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace aih::offboarding {
namespace {

constexpr int rowBatch = 1000;
constexpr int assetBatch = 16;
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

/// Each entry is written to a temporary file first: Poco's zip writer reads an entry from a
/// stream, and a tenant's audit trail can be far larger than memory should hold.
class ZipWriter
{
public:
    explicit ZipWriter(std::ostream& out) : zip_(out, true, true) {}

    template <typename Fill> void add(const std::string& path, Fill&& fill)
    {
        Poco::TemporaryFile scratch;
        {
            std::ofstream file(scratch.path(), std::ios::binary);
            fill(file);
            if (!file.flush()) {
                throw std::runtime_error("could not write the archive's scratch file");
            }
        }
        std::ifstream in(scratch.path(), std::ios::binary);
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
    Poco::DateTime now_;
};

std::int64_t writeTable(db::Transaction& tx, std::string_view table, std::ostream& out)
{
    std::int64_t count = 0;
    std::string position(ArchiveStore::firstPosition);
    for (;;) {
        const auto batch = ArchiveStore::rowsAfter(tx, table, position, rowBatch);
        for (const auto& row : batch.rows) {
            out << row << '\n';
        }
        count += static_cast<std::int64_t>(batch.rows.size());
        if (static_cast<int>(batch.rows.size()) < rowBatch) {
            return count;
        }
        position = batch.lastPosition;
    }
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
                                           std::ostream& out)
{
    ZipWriter zip(out);
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
    std::string position(ArchiveStore::firstPosition);
    for (;;) {
        const auto batch = ArchiveStore::assetsAfter(tx, position, assetBatch);
        for (const auto& asset : batch.assets) {
            zip.addText("assets/" + asset.sha256 + "." + std::string(extensionOf(asset.mediaType)),
                        asset.bytes);
        }
        assets += static_cast<std::int64_t>(batch.assets.size());
        if (static_cast<int>(batch.assets.size()) < assetBatch) {
            break;
        }
        position = batch.lastPosition;
    }

    Poco::JSON::Object::Ptr manifest = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    manifest->set("format", "aih-tenant-archive/1");
    manifest->set("tenant_id", tx.tenantId());
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
