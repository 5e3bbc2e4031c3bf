// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace aih::console {

/// One audit log entry. The whole server object is kept in `raw` for the detail view, so
/// fields this console does not know yet are still shown.
struct AuditEntry
{
    QString id;
    qint64 seq = 0;
    QDateTime occurredAt;
    QString action;
    bool success = true;
    QString errorDetail;
    QString actorType;
    QString actorUserId;
    QString actorRole;
    /// Resolved by the server from the tenant's users; empty for erased users and non-users.
    QString actorEmail;
    QString actorName;
    QString ipAddress;
    QString method;
    QString path;
    QString requestId;
    QJsonObject metadata;
    QJsonObject raw;

    /// Who acted, for the table: "Name <email>" as the server resolved them (or the subject's
    /// email for an entry with no actor, e.g. a failed sign-in), else the id or actor type.
    QString actorLabel() const;

    static std::optional<AuditEntry> fromJson(const QJsonObject& object);
};

/// What the chain verification found.
struct AuditVerification
{
    bool valid = false;
    qint64 entriesChecked = 0;
    qint64 checkpointsChecked = 0;
    qint64 brokenSeq = -1;
    QString brokenEntryId;
    QString brokenReason;
    QString brokenDetail;

    static std::optional<AuditVerification> fromJson(const QJsonObject& object);
};

/// The filters of the audit list and export; empty members are not sent.
struct AuditFilter
{
    QDateTime from;
    QDateTime to;
    QString action;
    QString userId;
    /// -1 any, 0 failures only, 1 successes only.
    int success = -1;
    QString text;
};

} // namespace aih::console
