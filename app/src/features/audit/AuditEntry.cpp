// SPDX-License-Identifier: Apache-2.0
#include "features/audit/AuditEntry.h"

#include "core/net/Json.h"

namespace aih::console {

QString AuditEntry::actorLabel() const
{
    const auto subject = raw.value("subject").toObject();
    if (actorUserId.isEmpty() && actorType.isEmpty()) {
        return subject.value("email").toString();
    }
    if (!actorEmail.isEmpty()) {
        return actorName.isEmpty() ? actorEmail : QStringLiteral("%1 <%2>").arg(actorName, actorEmail);
    }
    return actorUserId.isEmpty() ? actorType : actorUserId;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject& object)
{
    if (!object.value("id").isString() || !object.value("action").isString()) {
        return std::nullopt;
    }
    AuditEntry entry;
    entry.raw = object;
    entry.id = object.value("id").toString();
    entry.seq = json::integer(object, "seq", 0);
    entry.occurredAt = json::time(object, object.contains("occurred_at") ? "occurred_at" : "timestamp");
    entry.action = object.value("action").toString();
    entry.success = object.value("success").toBool(true);
    entry.errorDetail = object.value("error_detail").toString();
    const auto actor = object.value("actor").toObject();
    entry.actorType = actor.value("type").toString();
    entry.actorUserId =
        actor.contains("user_id") ? actor.value("user_id").toString() : object.value("user_id").toString();
    entry.actorRole = actor.value("role").toString();
    entry.actorEmail = actor.value("email").toString();
    entry.actorName = actor.value("name").toString();
    entry.ipAddress = object.value("ip_address").toString();
    entry.method = object.value("method").toString();
    entry.path = object.value("path").toString();
    entry.requestId = object.value("request_id").toString();
    entry.metadata = object.value("metadata").toObject();
    return entry;
}

std::optional<AuditVerification> AuditVerification::fromJson(const QJsonObject& object)
{
    if (!object.value("valid").isBool()) {
        return std::nullopt;
    }
    AuditVerification result;
    result.valid = object.value("valid").toBool();
    result.entriesChecked = json::integer(object, "entries_checked");
    result.checkpointsChecked = json::integer(object, "checkpoints_checked");
    const auto broken = object.value("first_broken").toObject();
    if (!broken.isEmpty()) {
        result.brokenSeq = json::integer(broken, "seq", -1);
        result.brokenEntryId = broken.value("entry_id").toString();
        result.brokenReason = broken.value("reason").toString();
        result.brokenDetail = broken.value("detail").toString();
    }
    return result;
}

} // namespace aih::console
