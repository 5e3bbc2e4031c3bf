// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace aih::console {

/// A saved way in: which server, which tenant, which account. Holds no secret.
struct ServerProfile
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfile)

public:
    QString name;
    QUrl server;
    QString tenant;
    QString email;

    /// Identifies the account across runs: the keychain entry and the offline cache are filed
    /// under it, so two accounts on one server never see each other's data.
    QString id() const;
    QString displayName() const;
    bool isComplete() const { return server.isValid() && !tenant.isEmpty() && !email.isEmpty(); }

    QJsonObject toJson() const;
    static std::optional<ServerProfile> fromJson(const QJsonObject& object);

    /// What the user typed, as a URL: `https://` is assumed when no scheme is given.
    static QUrl serverUrlFromText(const QString& text);
    /// Why the URL cannot be used, or nothing when it can. Plain HTTP is accepted for loopback
    /// addresses only: anywhere else the password and tokens would cross the network in clear.
    static std::optional<QString> serverUrlProblem(const QUrl& url);
};

} // namespace aih::console
