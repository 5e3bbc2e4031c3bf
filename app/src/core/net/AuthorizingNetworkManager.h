// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QNetworkAccessManager>

namespace aih::console {

class Credentials;

/// The one place the bearer token is added to requests: only to the signed-in server's origin,
/// so a redirect or a link to another host never carries it.
class AuthorizingNetworkManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    /// Request attribute: false on requests that must go without the token (sign-in, refresh).
    static constexpr auto bearerTokenAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);

    explicit AuthorizingNetworkManager(const Credentials& credentials, QObject* parent = nullptr);

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    const Credentials& credentials_;
};

} // namespace aih::console
