// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace aih::console {

/// The tenant's custom domain (`/api/customization/domain`): pending until the TXT record that
/// proves it is found in DNS, then verified, when it serves the tenant's portal.
struct CustomDomain
{
    QString domain;
    QString status; ///< pending | verified
    QString recordType;
    QString recordName;
    QString recordValue;
    QString portalUrl;
    QDateTime checkedAt;
    QDateTime verifiedAt;
    QString lastError;

    bool isVerified() const { return status == QLatin1String("verified"); }
    static std::optional<CustomDomain> fromJson(const QJsonObject& object);
};

} // namespace aih::console
