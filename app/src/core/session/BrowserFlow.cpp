// SPDX-License-Identifier: Apache-2.0
#include "core/session/BrowserFlow.h"

#include "core/net/ApiClient.h"
#include "core/session/LoopbackSignIn.h"

namespace aih::console {

BrowserFlow::BrowserFlow(const ApiClient& api, ApiRequest start, QObject* parent)
    : QObject(parent), api_(api), start_(std::move(start)), loopback_(new LoopbackSignIn(this))
{
    connect(loopback_, &LoopbackSignIn::answered, this, [this](const QString& code) {
        if (!done_) {
            done_ = true;
            emit codeReceived(code, loopback_->codeVerifier());
        }
    });
    connect(loopback_, &LoopbackSignIn::failed, this, &BrowserFlow::fail);
}

void BrowserFlow::setTimeout(std::chrono::milliseconds timeout)
{
    loopback_->setTimeout(timeout);
}

void BrowserFlow::start()
{
    if (!loopback_->listen()) {
        return;
    }
    auto body = start_.json.value_or(QJsonObject());
    const auto challenge = loopback_->challenge();
    for (auto it = challenge.begin(); it != challenge.end(); ++it) {
        body.insert(it.key(), it.value());
    }
    auto request = start_;
    request.json = body;
    auto* job = api_.job(request);
    connect(job, &ApiJob::succeeded, this, &BrowserFlow::onStarted);
    connect(job, &ApiJob::failed, this, &BrowserFlow::fail);
    job_ = job;
    job->start();
}

void BrowserFlow::onStarted(const QJsonDocument& answer)
{
    const QUrl url(answer.object().value("redirect_url").toString(), QUrl::StrictMode);
    // Only a web page goes to the desktop: a file or another program's scheme from a server
    // that is not what it seems would be opened by whatever handles it.
    if (!url.isValid() || (url.scheme() != "https" && url.scheme() != "http")) {
        fail(ApiProblem::transport(ApiProblem::Kind::BadResponse, {}));
        return;
    }
    emit browserNeeded(url);
}

void BrowserFlow::cancel()
{
    fail(ApiProblem::transport(ApiProblem::Kind::Cancelled, {}));
}

void BrowserFlow::fail(const ApiProblem& problem)
{
    if (done_) {
        return;
    }
    done_ = true;
    loopback_->cancel();
    if (job_) {
        job_->abort();
    }
    emit failed(problem);
}

} // namespace aih::console
