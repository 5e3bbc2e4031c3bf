// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace aih::console {

/// What a compliance reviewer asks first about a period, as the server sums it
/// (`GET /api/enterprise/audit-logs/report`): how much happened, what failed, what admins did,
/// what happened to API keys, how sign-ins were attacked, and where the chain stands.
struct ComplianceReport
{
    struct ActionCount
    {
        QString action;
        qint64 total = 0;
        qint64 failures = 0;
    };
    struct AdminAction
    {
        QString userId;
        QString action;
        qint64 count = 0;
    };

    QDateTime from;
    QDateTime to;
    qint64 total = 0;
    qint64 failures = 0;
    QList<ActionCount> byAction;
    QList<AdminAction> adminActions;
    QList<ActionCount> keyEvents;
    qint64 failedSignIns = 0;
    qint64 accountsTargeted = 0;
    qint64 headSeq = 0;
    /// The newest signed checkpoint; seq -1 when none was signed yet.
    qint64 checkpointSeq = -1;
    QDateTime checkpointSignedAt;
    QString checkpointKeyId;

    static std::optional<ComplianceReport> fromJson(const QJsonObject& object);
};

} // namespace aih::console
