// SPDX-License-Identifier: Apache-2.0
#include "core/session/Credentials.h"

namespace aih::console {

void Credentials::setServer(const QUrl& serverUrl)
{
    if (serverUrl != server_) {
        server_ = serverUrl;
        clearTokens();
    }
}

void Credentials::setTokens(const QString& accessToken, const QString& refreshToken)
{
    accessToken_ = accessToken;
    refreshToken_ = refreshToken;
    ++generation_;
}

void Credentials::clearTokens()
{
    setTokens({}, {});
}

bool Credentials::isOriginOf(const QUrl& url) const
{
    return server_.isValid() && url.scheme() == server_.scheme() && url.host() == server_.host() &&
           url.port(url.scheme() == "https" ? 443 : 80) ==
               server_.port(server_.scheme() == "https" ? 443 : 80);
}

QUrl Credentials::resolve(const QString& path) const
{
    QUrl url = server_;
    QString base = url.path();
    while (base.endsWith('/')) {
        base.chop(1);
    }
    url.setPath(base + path);
    return url;
}

} // namespace aih::console
