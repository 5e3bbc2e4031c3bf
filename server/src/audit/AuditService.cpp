// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditService.h"

#include "accounts/Notices.h"
#include "errors/ApiError.h"
#include "util/StreamWriter.h"
#include "webhooks/EventOutbox.h"

#include <stdexcept>

namespace aih::audit {
namespace {

/// Entries per batch of an export: about 0.5 MB of CSV, read in a few milliseconds.
constexpr int exportBatchRows = 500;

} // namespace

AuditPage AuditService::list(identity::Caller& caller, const AuditFilter& filter,
                             const std::optional<AuditPosition>& after, int limit) const
{
    AuditPage page;
    page.entries = caller.inTenant(
        database_, [&](db::Transaction& tx) { return AuditQueryStore::page(tx, filter, after, limit + 1); });
    if (static_cast<int>(page.entries.size()) > limit) {
        page.entries.pop_back();
        const auto& last = page.entries.back().entry;
        page.next = AuditPosition{last.occurredAtMicros, last.seq};
    }
    return page;
}

util::StreamWriter AuditService::exportRows(identity::Caller& caller, const AuditFilter& filter,
                                            ExportFormat format) const
{
    // Recorded in its own short transaction: the export's read may last minutes and must not
    // hold the chain lock that record() takes.
    const auto throughSeq = caller.inTenant(database_, [&](db::Transaction& tx) {
        auto event = eventFrom(caller, "audit.export").with("format", std::string(fileExtensionOf(format)));
        for (const auto& [name, value] :
             {std::pair{"from", filter.from}, std::pair{"to", filter.to}, std::pair{"action", filter.action},
              std::pair{"user_id", filter.userId}}) {
            if (value) {
                event.with(name, *value);
            }
        }
        log_.record(tx, event);
        return AuditQueryStore::lastSeq(tx);
    });
    // A reader may take minutes; a transaction held open for it would hold a pooled connection
    // as long (16 slow readers once held all 16). So the rows come in keyset batches, each read
    // in a short transaction of its own and written with no connection held. Exactly once:
    // record() takes the tenant's chain lock until commit and gives each entry seq = head + 1 and
    // an occurred_at no earlier than the head's, so (occurred_at, seq) order is seq order and
    // every entry up to `throughSeq` (this export's own entry) had committed before it. The range
    // is fixed when the export starts; entries appended meanwhile lie past it.
    return [this, &caller, filter, format, throughSeq](std::ostream& out) {
        ExportWriter writer(out, format);
        writer.begin();
        std::optional<AuditPosition> after;
        for (;;) {
            const auto batch = caller.inTenant(database_, [&](db::Transaction& tx) {
                return AuditQueryStore::rowsAfter(tx, filter, after, throughSeq, exportBatchRows);
            });
            for (const auto& stored : batch) {
                writer.write(view(stored));
            }
            if (!out) {
                throw std::runtime_error("the export's connection broke");
            }
            if (static_cast<int>(batch.size()) < exportBatchRows) {
                return;
            }
            const auto& last = batch.back().entry;
            after = AuditPosition{last.occurredAtMicros, last.seq};
        }
    };
}

ChainReport AuditService::verify(identity::Caller& caller, const std::optional<KnownHead>& known) const
{
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        auto report = verifyChain(tx, log_.keys(), known);
        if (report.broken && !known) {
            // Only a break in the stored chain is news: one found against a head the caller
            // supplied says as much about the caller's head. Every verification finds the same
            // break, and the tenant hears of each once.
            webhooks::EventOutbox::publish(tx, "audit.chain_broken", report.toJson(),
                                           "audit.chain_broken:" + std::to_string(report.broken->seq) + ":" +
                                               report.broken->reason);
            accounts::mailChainBroken(tx, report.broken->seq, report.broken->reason);
        }
        return report;
    });
}

ComplianceReport AuditService::report(identity::Caller& caller, const AuditFilter& range) const
{
    return caller.inTenant(database_, [&](db::Transaction& tx) { return buildReport(tx, range); });
}

Checkpoint AuditService::checkpoint(identity::Caller& caller) const
{
    auto checkpoint =
        caller.inTenant(database_, [&](db::Transaction& tx) { return signHead(tx, log_.keys()); });
    if (!checkpoint) {
        throw errors::ApiError(errors::ErrorCode::Conflict,
                               "The audit trail is empty; there is nothing to sign yet.");
    }
    return *checkpoint;
}

std::vector<Checkpoint> AuditService::checkpoints(identity::Caller& caller,
                                                  std::optional<std::int64_t> beforeSeq, int limit) const
{
    return caller.inTenant(database_,
                           [&](db::Transaction& tx) { return CheckpointStore::list(tx, beforeSeq, limit); });
}

} // namespace aih::audit
