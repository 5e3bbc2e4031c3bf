// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "audit/AuditQueryStore.h"
#include "audit/ChainVerifier.h"
#include "audit/Checkpoint.h"
#include "audit/ComplianceReport.h"
#include "audit/EntryView.h"
#include "audit/ExportFormat.h"
#include "http/RequestContext.h"
#include "http/Response.h"

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
    explicit AuditService(const AuditLog& log) : log_(log) {}

    AuditPage list(http::RequestContext& ctx, const AuditFilter& filter,
                   const std::optional<AuditPosition>& after, int limit) const;
    EntryView view(const StoredEntry& stored) const { return openEntry(stored, log_.keys()); }

    /// Records the export, then returns the writer that streams it from one snapshot.
    http::BodyWriter exportRows(http::RequestContext& ctx, const AuditFilter& filter,
                                ExportFormat format) const;

    ChainReport verify(http::RequestContext& ctx, const std::optional<KnownHead>& known) const;
    ComplianceReport report(http::RequestContext& ctx, const AuditFilter& range) const;

    /// Signs the current head now; 409 when the trail is still empty.
    Checkpoint checkpoint(http::RequestContext& ctx) const;
    std::vector<Checkpoint> checkpoints(http::RequestContext& ctx, std::optional<std::int64_t> beforeSeq,
                                        int limit) const;
    const AuditKeys& keys() const { return log_.keys(); }

private:
    const AuditLog& log_;
};

} // namespace aih::audit
