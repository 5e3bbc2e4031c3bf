// SPDX-License-Identifier: Apache-2.0
#include "core/net/AuthorizingNetworkManager.h"

#include "core/session/Credentials.h"

#include <QCoreApplication>

namespace aih::console {

AuthorizingNetworkManager::AuthorizingNetworkManager(const Credentials& credentials, QObject* parent)
    : QNetworkAccessManager(parent), credentials_(credentials)
{
    // Certificate errors are never ignored: no handler of sslErrors() calls ignoreSslErrors().
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply* AuthorizingNetworkManager::createRequest(Operation operation, const QNetworkRequest& request,
                                                        QIODevice* outgoingData)
{
    QNetworkRequest sent(request);
    sent.setHeader(QNetworkRequest::UserAgentHeader,
                   QStringLiteral("aih-console/%1").arg(QCoreApplication::applicationVersion()));
    const bool wantsToken = request.attribute(bearerTokenAttribute, true).toBool();
    if (wantsToken && !credentials_.accessToken().isEmpty() && credentials_.isOriginOf(request.url())) {
        sent.setRawHeader("Authorization", "Bearer " + credentials_.accessToken().toUtf8());
    }
    return QNetworkAccessManager::createRequest(operation, sent, outgoingData);
}

} // namespace aih::console
