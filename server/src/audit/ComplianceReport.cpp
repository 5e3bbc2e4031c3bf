// SPDX-License-Identifier: Apache-2.0
#include "audit/ComplianceReport.h"

#include "audit/AuditStore.h"

#include <Poco/JSON/Array.h>

namespace aih::audit {

ComplianceReport buildReport(db::Transaction& tx, const AuditFilter& range)
{
    ComplianceReport report;
    report.from = range.from.value_or("");
    report.to = range.to.value_or("");
    report.actions = AuditQueryStore::countByAction(tx, range);
    report.adminActions = AuditQueryStore::adminActions(tx, range);
    std::tie(report.failedSignIns, report.failedSignInAccounts) = AuditQueryStore::failedSignIns(tx, range);
    report.headSeq = AuditStore::head(tx).seq;
    if (auto latest = CheckpointStore::list(tx, std::nullopt, 1); !latest.empty()) {
        report.latestCheckpoint = latest.front();
    }
    return report;
}

Poco::JSON::Object::Ptr ComplianceReport::toJson() const
{
    std::int64_t total = 0;
    std::int64_t failures = 0;
    Poco::JSON::Array::Ptr byAction = new Poco::JSON::Array;
    Poco::JSON::Array::Ptr keyEvents = new Poco::JSON::Array;
    for (const auto& count : actions) {
        total += count.total;
        failures += count.failures;
        Poco::JSON::Object::Ptr row = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        row->set("action", count.action);
        row->set("total", count.total);
        row->set("failures", count.failures);
        byAction->add(row);
        if (count.action.starts_with("api_key.")) {
            keyEvents->add(row);
        }
    }
    Poco::JSON::Array::Ptr admins = new Poco::JSON::Array;
    for (const auto& count : adminActions) {
        Poco::JSON::Object::Ptr row = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        row->set("user_id", count.userId);
        row->set("action", count.action);
        row->set("count", count.count);
        admins->add(row);
    }
    Poco::JSON::Object::Ptr signIns = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    signIns->set("failed", failedSignIns);
    signIns->set("accounts_targeted", failedSignInAccounts);
    Poco::JSON::Object::Ptr chain = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    chain->set("head_seq", headSeq);
    chain->set("latest_checkpoint", latestCheckpoint ? Poco::Dynamic::Var(audit::toJson(*latestCheckpoint))
                                                     : Poco::Dynamic::Var());

    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("from", from);
    out->set("to", to);
    out->set("total", total);
    out->set("failures", failures);
    out->set("by_action", byAction);
    out->set("admin_actions", admins);
    out->set("key_events", keyEvents);
    out->set("sign_ins", signIns);
    out->set("chain", chain);
    return out;
}

} // namespace aih::audit
