// SPDX-License-Identifier: Apache-2.0
#include "features/audit/ComplianceReport.h"

#include "core/net/Json.h"

#include <QJsonArray>

namespace aih::console {
namespace {

QList<ComplianceReport::ActionCount> actionCounts(const QJsonArray& rows)
{
    QList<ComplianceReport::ActionCount> counts;
    for (const auto& value : rows) {
        const auto row = value.toObject();
        counts.append(
            {row.value("action").toString(), json::integer(row, "total"), json::integer(row, "failures")});
    }
    return counts;
}

} // namespace

std::optional<ComplianceReport> ComplianceReport::fromJson(const QJsonObject& object)
{
    if (!object.value("by_action").isArray() || !object.value("chain").isObject()) {
        return std::nullopt;
    }
    ComplianceReport report;
    report.from = json::time(object, "from");
    report.to = json::time(object, "to");
    report.total = json::integer(object, "total");
    report.failures = json::integer(object, "failures");
    report.byAction = actionCounts(object.value("by_action").toArray());
    report.keyEvents = actionCounts(object.value("key_events").toArray());
    for (const auto& value : object.value("admin_actions").toArray()) {
        const auto row = value.toObject();
        report.adminActions.append(
            {row.value("user_id").toString(), row.value("action").toString(), json::integer(row, "count")});
    }
    const auto signIns = object.value("sign_ins").toObject();
    report.failedSignIns = json::integer(signIns, "failed");
    report.accountsTargeted = json::integer(signIns, "accounts_targeted");
    const auto chain = object.value("chain").toObject();
    report.headSeq = json::integer(chain, "head_seq");
    const auto checkpoint = chain.value("latest_checkpoint").toObject();
    if (!checkpoint.isEmpty()) {
        report.checkpointSeq = json::integer(checkpoint, "seq", -1);
        report.checkpointSignedAt = json::time(checkpoint, "signed_at");
        report.checkpointKeyId = checkpoint.value("key_id").toString();
    }
    return report;
}

} // namespace aih::console
