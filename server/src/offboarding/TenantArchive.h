// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditKeys.h"
#include "db/Transaction.h"

#include <Poco/JSON/Object.h>
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>

namespace aih::offboarding {

/// Writes the transaction's tenant, whole, as one zip archive:
///  - `manifest.json`: the tenant, when, and each table with its row count (and the tables left
///    out, with why);
///  - `tables/<table>.jsonl`: every row of every table holding the tenant's data, one JSON object
///    a line, credentials left out (TenantTables.h);
///  - `audit/entries.jsonl`: the audit trail as the tenant's admins export it, personal fields
///    readable (the raw chain, with its hashes, is `tables/audit_log.jsonl`);
///  - `assets/<sha256>.<ext>`: the uploaded brand images.
/// Run it in a snapshot transaction (Database::inTenantSnapshot), so the archive is the tenant as
/// of one moment (`snapshot_at` in the manifest). `scratch` is a file the writer uses for one entry
/// at a time: keep it where only this process can read it. Returns the manifest.
Poco::JSON::Object::Ptr writeTenantArchive(db::Transaction& tx, const audit::AuditKeys& keys,
                                           std::ostream& out, const std::filesystem::path& scratch);

} // namespace aih::offboarding
