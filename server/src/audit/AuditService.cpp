// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditService.h"

#include "errors/ApiError.h"
#include "util/StreamWriter.h"

namespace aih::audit {

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
    caller.inTenant(database_, [&](db::Transaction& tx) {
        auto event = eventFrom(caller, "audit.export").with("format", std::string(fileExtensionOf(format)));
        for (const auto& [name, value] :
             {std::pair{"from", filter.from}, std::pair{"to", filter.to}, std::pair{"action", filter.action},
              std::pair{"user_id", filter.userId}}) {
            if (value) {
                event.with(name, *value);
            }
        }
        log_.record(tx, event);
    });
    return [this, &caller, filter, format](std::ostream& out) {
        caller.inTenant(database_, [&](db::Transaction& tx) {
            ExportWriter writer(out, format);
            writer.begin();
            AuditQueryStore::openRows(tx, filter);
            for (auto batch = AuditQueryStore::fetchRows(tx); !batch.empty() && out;
                 batch = AuditQueryStore::fetchRows(tx)) {
                for (const auto& stored : batch) {
                    writer.write(view(stored));
                }
            }
        });
    };
}

ChainReport AuditService::verify(identity::Caller& caller, const std::optional<KnownHead>& known) const
{
    return caller.inTenant(database_,
                           [&](db::Transaction& tx) { return verifyChain(tx, log_.keys(), known); });
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
