// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace aih::console {

/// The signed-in user's tenant: its plan, what the plan allows and how much of it is used.
struct Tenant
{
    QString id;
    QString name;
    QString slug;
    Tier tier = Tier::Free;
    QString status;
    int userLimit = 0;
    int apiRateLimit = 0;
    QStringList features;
    int activeUsers = 0;
    QDateTime createdAt;

    bool hasFeature(const QString& feature) const { return features.contains(feature); }
    bool userLimitReached() const { return userLimit > 0 && activeUsers >= userLimit; }

    static std::optional<Tenant> fromJson(const QJsonObject& object);
};

QString tierText(Tier tier);
/// The plan's name as shown to people ("Pro"), not as sent on the wire ("pro").
QString tierTitle(Tier tier);
std::optional<Tier> tierFromText(const QString& text);

} // namespace aih::console
