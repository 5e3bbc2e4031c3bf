// SPDX-License-Identifier: Apache-2.0
#include "core/session/ServerProfile.h"

#include <QHostAddress>

namespace aih::console {
namespace {

bool isLoopback(const QString& host)
{
    if (host.compare("localhost", Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString normalised(const QUrl& server)
{
    auto url = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (url.path() == "/") {
        url.setPath({});
    }
    return url.toString().toLower();
}

} // namespace

QString ServerProfile::id() const
{
    return normalised(server) + '|' + tenant.toLower() + '|' + email.toLower();
}

QString ServerProfile::displayName() const
{
    if (!name.isEmpty()) {
        return name;
    }
    return QStringLiteral("%1 @ %2 (%3)").arg(email, tenant, server.host());
}

QJsonObject ServerProfile::toJson() const
{
    return {{"name", name}, {"server", server.toString()}, {"tenant", tenant}, {"email", email}};
}

std::optional<ServerProfile> ServerProfile::fromJson(const QJsonObject& object)
{
    ServerProfile profile{object.value("name").toString(), QUrl(object.value("server").toString()),
                          object.value("tenant").toString(), object.value("email").toString()};
    if (!profile.isComplete() || serverUrlProblem(profile.server)) {
        return std::nullopt;
    }
    return profile;
}

QUrl ServerProfile::serverUrlFromText(const QString& text)
{
    const auto trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    return QUrl(trimmed.contains("://") ? trimmed : "https://" + trimmed, QUrl::StrictMode);
}

std::optional<QString> ServerProfile::serverUrlProblem(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("Enter the server address, e.g. https://aih.example.com.");
    }
    if (url.scheme() != "https" && url.scheme() != "http") {
        return tr("The server address must start with https://.");
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return tr("The server address must not contain a user name, query or fragment.");
    }
    if (url.scheme() == "http" && !isLoopback(url.host())) {
        return tr("Plain http:// is only allowed for this computer; use https:// for %1.").arg(url.host());
    }
    return std::nullopt;
}

} // namespace aih::console
