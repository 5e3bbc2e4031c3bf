// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace aih::console {

/// An email domain the tenant claims for single sign-on, proven by a DNS TXT record.
struct SsoDomain
{
    QString id;
    QString domain;
    /// The connection its addresses sign in through; empty: the tenant's oldest enabled one.
    QString connectionId;
    QString status;
    /// The TXT record to publish.
    QString recordName;
    QString recordValue;
    QDateTime createdAt;
    QDateTime checkedAt;
    QDateTime verifiedAt;
    /// Why the last verification failed; empty if it did not.
    QString lastError;

    bool isVerified() const { return status == QLatin1String("verified"); }

    static std::optional<SsoDomain> fromJson(const QJsonObject& object);
};

} // namespace aih::console
