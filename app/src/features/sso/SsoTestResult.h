// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace aih::console {

/// What the identity provider said about the person in its ID token.
struct SsoClaims
{
    QString issuer;
    QString subject;
    QString email;
    bool emailVerified = false;
    QString name;
    QStringList groups;
};

/// A connection test's outcome: what the provider sent and the role it would map to, or why
/// its answer was not accepted.
struct SsoTestResult
{
    bool ok = false;
    QString error;
    std::optional<SsoClaims> claims;
    /// The role these claims map to: the highest of the mapped groups, else the default role.
    std::optional<Role> role;

    static std::optional<SsoTestResult> fromJson(const QJsonObject& object);
};

} // namespace aih::console
