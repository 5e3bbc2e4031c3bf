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
    QString label;
    QString apiKeyId;
    QString userId;
    qint64 calls = 0;
    qint64 errors = 0;
};

struct StatusCount
{
    int status = 0;
    qint64 count = 0;
};

/// What `GET /api/enterprise/admin/analytics?period=` reports for the tenant. Read leniently
/// (several spellings of the same member) because the contract names the content, not the
/// member names; anything missing stays empty rather than failing the page.
struct Analytics
{
    QString period;
    qint64 users = 0;
    qint64 apiKeys = 0;
    qint64 activeApiKeys = 0;
    QList<CallBucket> calls;
    QList<Consumer> topConsumers;
    QList<StatusCount> statusCodes;
    QString subscriptionTier;
    QString subscriptionStatus;
    qint64 userLimit = 0;
    qint64 apiRateLimit = 0;

    qint64 totalCalls() const;
    qint64 totalErrors() const;

    static std::optional<Analytics> fromJson(const QJsonObject& object);
};

} // namespace aih::console
