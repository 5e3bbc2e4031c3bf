// SPDX-License-Identifier: Apache-2.0
#include "core/net/ApiJob.h"

#include "core/cache/OfflineCache.h"
#include "core/net/AuthorizingNetworkManager.h"
#include "core/net/RetryPolicy.h"
#include "core/net/TokenRefresher.h"
#include "core/session/Credentials.h"

#include <QHttpMultiPart>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

namespace aih::console {
namespace {

constexpr int pageSize = 200;

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt numbers connection and proxy failures below 200; content and protocol errors, which
    // come with an HTTP status, from 200 up.
    return error != QNetworkReply::NoError && error < 200;
}

QHttpMultiPart* multipartOf(const QList<FormPart>& parts)
{
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto& part : parts) {
        QHttpPart http;
        QString disposition = QStringLiteral("form-data; name=\"%1\"").arg(part.name);
        if (!part.fileName.isEmpty()) {
            disposition += QStringLiteral("; filename=\"%1\"").arg(part.fileName);
        }
        http.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
        if (!part.contentType.isEmpty()) {
            http.setHeader(QNetworkRequest::ContentTypeHeader, part.contentType);
        }
        http.setBody(part.data);
        multipart->append(http);
    }
    return multipart;
}

} // namespace

ApiJob::ApiJob(QNetworkAccessManager& network, const Credentials& credentials, ApiRequest request,
               QObject* parent)
    : QObject(parent), network_(network), credentials_(credentials), request_(std::move(request))
{
}

ApiJob::~ApiJob()
{
    if (reply_) {
        reply_->abort();
    }
}

void ApiJob::setCache(OfflineCache* cache, const QString& scope)
{
    cache_ = cache;
    cacheScope_ = scope;
}

void ApiJob::start()
{
    QTimer::singleShot(0, this, &ApiJob::send);
}

void ApiJob::abort()
{
    aborted_ = true;
    if (reply_) {
        reply_->abort();
    } else {
        fail(ApiProblem::transport(ApiProblem::Kind::Cancelled, {}));
    }
}

void ApiJob::send()
{
    if (done_) {
        return;
    }
    QUrl url = credentials_.resolve(request_.path);
    auto query = request_.query;
    if (request_.allPages) {
        if (!query.hasQueryItem("limit")) {
            query.addQueryItem("limit", QString::number(pageSize));
        }
        query.removeAllQueryItems("cursor");
        if (!cursor_.isEmpty()) {
            query.addQueryItem("cursor", cursor_);
        }
    }
    url.setQuery(query);
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(static_cast<int>(timeout_.count()));
    networkRequest.setAttribute(AuthorizingNetworkManager::bearerTokenAttribute, request_.authenticated);
    networkRequest.setRawHeader("Accept", "application/json, application/problem+json");
    ++attempt_;
    sentGeneration_ = credentials_.generation();
    buffer_.clear();
    sslErrors_.clear();
    if (request_.json) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        reply_ = network_.sendCustomRequest(networkRequest, request_.method,
                                            QJsonDocument(*request_.json).toJson(QJsonDocument::Compact));
    } else if (!request_.form.isEmpty()) {
        auto* multipart = multipartOf(request_.form);
        reply_ = network_.sendCustomRequest(networkRequest, request_.method, multipart);
        multipart->setParent(reply_);
    } else {
        reply_ = network_.sendCustomRequest(networkRequest, request_.method);
    }
    connect(reply_, &QNetworkReply::readyRead, this, &ApiJob::readAvailable);
    connect(reply_, &QNetworkReply::finished, this, &ApiJob::onFinished);
    connect(reply_, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { sslErrors_ = errors; });
    if (!request_.allPages) {
        connect(reply_, &QNetworkReply::downloadProgress, this, &ApiJob::progress);
    }
}

void ApiJob::readAvailable()
{
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (sink_ && status >= 200 && status < 300) {
        const auto chunk = reply_->readAll();
        if (sink_->write(chunk) != chunk.size()) {
            writeFailed_ = true;
            reply_->abort();
            return;
        }
        written_ += chunk.size();
    } else {
        buffer_ += reply_->readAll();
    }
}

ApiProblem ApiJob::problemOf(const QNetworkReply& reply) const
{
    using Kind = ApiProblem::Kind;
    const auto error = reply.error();
    if (isTransportError(error)) {
        if (error == QNetworkReply::OperationCanceledError) {
            // Qt cancels the reply itself when the transfer timeout expires.
            return ApiProblem::transport(aborted_ ? Kind::Cancelled : Kind::Timeout, {});
        }
        if (error == QNetworkReply::TimeoutError) {
            return ApiProblem::transport(Kind::Timeout, reply.errorString());
        }
        if (error == QNetworkReply::SslHandshakeFailedError) {
            QStringList reasons;
            for (const auto& sslError : sslErrors_) {
                reasons << sslError.errorString();
            }
            return ApiProblem::transport(Kind::Tls,
                                         reasons.isEmpty() ? reply.errorString() : reasons.join('\n'));
        }
        return ApiProblem::transport(Kind::Unreachable, reply.errorString());
    }
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        return ApiProblem::transport(Kind::Redirect, QString::fromUtf8(reply.rawHeader("Location")));
    }
    if (status == 0) {
        return ApiProblem::transport(Kind::BadResponse, reply.errorString());
    }
    bool hasRetryAfter = false;
    const int retryAfter = reply.rawHeader("Retry-After").toInt(&hasRetryAfter);
    return ApiProblem::fromHttp(status, buffer_, hasRetryAfter ? retryAfter : -1);
}

void ApiJob::onFinished()
{
    QNetworkReply* reply = reply_;
    reply_ = nullptr;
    reply->deleteLater();
    if (done_) {
        return;
    }
    if (writeFailed_) {
        fail(ApiProblem::transport(ApiProblem::Kind::LocalFile, sink_ ? sink_->errorString() : QString()));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        acceptBody();
        return;
    }
    const auto problem = problemOf(*reply);
    if (retryOrRefresh(problem)) {
        return;
    }
    if ((problem.isUnreachable() || problem.kind == ApiProblem::Kind::Timeout) && serveFromCache()) {
        return;
    }
    fail(problem);
}

bool ApiJob::retryOrRefresh(const ApiProblem& problem)
{
    if (aborted_) {
        return false;
    }
    if (problem.isHttp(401) && request_.authenticated && refresher_ && !refreshTried_) {
        refreshTried_ = true;
        attempt_ = 0;
        if (credentials_.generation() != sentGeneration_) {
            send();
            return true;
        }
        refresher_->refreshThen(this, [this, problem](bool refreshed) {
            if (refreshed) {
                send();
            } else {
                fail(problem);
            }
        });
        return true;
    }
    if (written_ > 0) {
        return false;
    }
    if (const auto delay = RetryPolicy::nextDelay(request_.method, problem, attempt_)) {
        QTimer::singleShot(*delay, this, &ApiJob::send);
        return true;
    }
    return false;
}

void ApiJob::acceptBody()
{
    if (sink_) {
        succeed({}, {});
        return;
    }
    QJsonDocument document;
    if (!buffer_.isEmpty()) {
        QJsonParseError error{};
        document = QJsonDocument::fromJson(buffer_, &error);
        if (error.error != QJsonParseError::NoError) {
            fail(ApiProblem::transport(ApiProblem::Kind::BadResponse, error.errorString()));
            return;
        }
    }
    if (request_.allPages) {
        const auto page = document.object();
        if (!page.value("data").isArray()) {
            fail(ApiProblem::transport(ApiProblem::Kind::BadResponse, tr("The list has no data.")));
            return;
        }
        for (const auto& item : page.value("data").toArray()) {
            collected_.append(item);
        }
        const auto next = page.value("next_cursor").toString();
        if (!next.isEmpty()) {
            // A server that hands out a cursor twice would keep us paging for ever.
            if (seenCursors_.contains(next)) {
                fail(ApiProblem::transport(ApiProblem::Kind::BadResponse, tr("The list repeats itself.")));
                return;
            }
            seenCursors_.insert(next);
            cursor_ = next;
            attempt_ = 0;
            emit progress(collected_.size(), -1);
            send();
            return;
        }
        document = QJsonDocument(QJsonObject{{"data", collected_}, {"next_cursor", QJsonValue::Null}});
    }
    if (request_.cacheable && cache_ && !cacheScope_.isEmpty()) {
        cache_->store(cacheScope_, request_.cacheKey(), document.toJson(QJsonDocument::Compact));
    }
    succeed(document, {});
}

bool ApiJob::serveFromCache()
{
    if (!request_.cacheable || !cache_ || cacheScope_.isEmpty()) {
        return false;
    }
    const auto cached = cache_->load(cacheScope_, request_.cacheKey());
    if (!cached) {
        return false;
    }
    succeed(QJsonDocument::fromJson(cached->body), {true, cached->fetchedAt});
    return true;
}

void ApiJob::succeed(const QJsonDocument& body, const Freshness& freshness)
{
    done_ = true;
    emit succeeded(body, freshness);
    deleteLater();
}

void ApiJob::fail(const ApiProblem& problem)
{
    if (done_) {
        return;
    }
    done_ = true;
    emit failed(problem);
    deleteLater();
}

} // namespace aih::console
