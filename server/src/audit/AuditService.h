// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditQueryStore.h"
#include "audit/ChainVerifier.h"
#include "audit/Checkpoint.h"
#include "audit/ComplianceReport.h"
#include "audit/EntryView.h"
#include "audit/ExportFormat.h"
#include "identity/Caller.h"
#include "util/StreamWriter.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::audit {

struct AuditPage
{
    std::vector<StoredEntry> entries;
    std::optional<AuditPosition> next;
};

/// Reading the trail: lists, streamed exports, chain verification, the compliance report and
/// signed checkpoints. Who may do which is the route table's business (managers read, admins
/// export and verify); everything here runs in the caller's tenant only.
class AuditService
{
public:
    AuditService(db::Database& database, const AuditLog& log) : database_(database), log_(log) {}

    AuditPage list(identity::Caller& caller, const AuditFilter& filter,
                   const std::optional<AuditPosition>& after, int limit) const;
    EntryView view(const StoredEntry& stored) const { return openEntry(stored, log_.keys()); }

    /// Records the export, then returns the writer that streams it from one snapshot.
    util::StreamWriter exportRows(identity::Caller& caller, const AuditFilter& filter,
                                  ExportFormat format) const;

    ChainReport verify(identity::Caller& caller, const std::optional<KnownHead>& known) const;
    ComplianceReport report(identity::Caller& caller, const AuditFilter& range) const;

    /// Signs the current head now; 409 when the trail is still empty.
    Checkpoint checkpoint(identity::Caller& caller) const;
    std::vector<Checkpoint> checkpoints(identity::Caller& caller, std::optional<std::int64_t> beforeSeq,
                                        int limit) const;
    const AuditKeys& keys() const { return log_.keys(); }

private:
    db::Database& database_;
    const AuditLog& log_;
};

} // namespace aih::audit
