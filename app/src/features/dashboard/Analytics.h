// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace aih::console {

struct CallBucket
{
    QDateTime start;
    qint64 calls = 0;
    qint64 errors = 0;
};

struct Consumer
{
    QString label; ///< the key's name, or its prefix if it has none
    QString apiKeyId;
    QString userId;
    qint64 calls = 0;
    qint64 errors = 0;
    QString prefix;
    QString ownerEmail;
};

struct StatusClassCount
{
    QString statusClass; ///< "2xx" .. "5xx"
    qint64 count = 0;
};

/// What `GET /api/enterprise/admin/analytics?period=` reports for the tenant, in exactly the
/// server's shape; a document without it is refused rather than half-read.
struct Analytics
{
    QString period;
    QDateTime from;
    QDateTime to;
    QString bucket;
    qint64 users = 0;
    qint64 apiKeys = 0;
    qint64 activeApiKeys = 0;
    QList<CallBucket> calls;
    QList<Consumer> topConsumers;
    QList<StatusClassCount> statusClasses;
    QString subscriptionTier;
    QString subscriptionStatus;
    qint64 userLimit = 0;
    qint64 apiRateLimit = 0;
    qint64 callsLastHour = 0;

    qint64 totalCalls() const;
    qint64 totalErrors() const;

    static std::optional<Analytics> fromJson(const QJsonObject& object);
};

} // namespace aih::console
