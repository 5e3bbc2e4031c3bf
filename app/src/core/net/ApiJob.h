// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiProblem.h"
#include "core/net/ApiRequest.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <chrono>

class QNetworkAccessManager;

namespace aih::console {

class Credentials;
class OfflineCache;
class TokenRefresher;

/// Whether an answer came from the server just now or from the offline cache.
struct Freshness
{
    bool stale = false;
    QDateTime fetchedAt;
};

/// The one base of every API call (after Nextcloud's AbstractNetworkJob): sends the request,
/// applies the timeout, refuses redirects, turns error bodies into an ApiProblem, retries what
/// is safe to retry, asks for fresh tokens once after a 401, follows list pages, and answers
/// from the offline cache when the server is unreachable. Emits exactly one of succeeded() or
/// failed(), then deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(QNetworkAccessManager& network, const Credentials& credentials, ApiRequest request,
           QObject* parent = nullptr);
    ~ApiJob() override;

    void setRefresher(TokenRefresher* refresher) { refresher_ = refresher; }
    void setCache(OfflineCache* cache, const QString& scope);
    void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    /// Streams a successful body into `sink` instead of keeping it (exports). Such a job is
    /// never retried once bytes were written.
    void setSink(QIODevice* sink) { sink_ = sink; }

    /// Sends on the next turn of the event loop, so signals can be connected first.
    void start();
    void abort();
    const ApiRequest& request() const { return request_; }

signals:
    void succeeded(const QJsonDocument& body, const aih::console::Freshness& freshness);
    void failed(const aih::console::ApiProblem& problem);
    /// Bytes (or, for lists, items) so far and the total, -1 when unknown.
    void progress(qint64 done, qint64 total);

private:
    void send();
    void readAvailable();
    void onFinished();
    ApiProblem problemOf(const QNetworkReply& reply) const;
    bool retryOrRefresh(const ApiProblem& problem);
    void acceptBody();
    bool serveFromCache();
    void succeed(const QJsonDocument& body, const Freshness& freshness);
    void fail(const ApiProblem& problem);

    QNetworkAccessManager& network_;
    const Credentials& credentials_;
    ApiRequest request_;
    TokenRefresher* refresher_ = nullptr;
    OfflineCache* cache_ = nullptr;
    QString cacheScope_;
    std::chrono::milliseconds timeout_{30000};
    QPointer<QIODevice> sink_;
    QPointer<QNetworkReply> reply_;
    QByteArray buffer_;
    QList<QSslError> sslErrors_;
    QJsonArray collected_;
    QString cursor_;
    QSet<QString> seenCursors_;
    qint64 written_ = 0;
    int attempt_ = 0;
    quint64 sentGeneration_ = 0;
    bool refreshTried_ = false;
    bool aborted_ = false;
    bool writeFailed_ = false;
    bool done_ = false;
};

} // namespace aih::console

Q_DECLARE_METATYPE(aih::console::Freshness)
