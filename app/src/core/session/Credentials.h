// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

namespace aih::console {

/// The signed-in server and the tokens for it, held in memory only. The refresh token reaches
/// disk solely through the CredentialStore (the system keychain).
class Credentials
{
public:
    void setServer(const QUrl& serverUrl);
    void setTokens(const QString& accessToken, const QString& refreshToken);
    void clearTokens();

    const QUrl& server() const { return server_; }
    const QString& accessToken() const { return accessToken_; }
    const QString& refreshToken() const { return refreshToken_; }
    /// Bumped on every token change, so a call that failed with an old token can tell that
    /// someone else has refreshed meanwhile.
    quint64 generation() const { return generation_; }

    /// Same scheme, host and port: the only URLs that may carry the bearer token.
    bool isOriginOf(const QUrl& url) const;
    /// `path` (starting with '/') under the server URL, keeping any path prefix it has.
    QUrl resolve(const QString& path) const;

private:
    QUrl server_;
    QString accessToken_;
    QString refreshToken_;
    quint64 generation_ = 0;
};

} // namespace aih::console
