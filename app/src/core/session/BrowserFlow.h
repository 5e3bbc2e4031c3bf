// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiProblem.h"
#include "core/net/ApiRequest.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>

namespace aih::console {

class ApiClient;
class ApiJob;
class LoopbackSignIn;

/// One round trip through the system browser, as single sign-on and its test make it: listens
/// on the loopback (LoopbackSignIn), sends `start` with the loopback's redirect URI, state and
/// PKCE challenge added, says where to send the browser, and hands over the code the browser
/// brings back with the verifier that redeems it. Emits exactly one of codeReceived() or failed().
class BrowserFlow : public QObject
{
    Q_OBJECT

public:
    BrowserFlow(const ApiClient& api, ApiRequest start, QObject* parent = nullptr);

    /// How long the person has to finish in the browser (LoopbackSignIn's default otherwise).
    void setTimeout(std::chrono::milliseconds timeout);
    void start();
    /// Stops the call or the wait; emits failed() with a Cancelled problem if not done yet.
    void cancel();

signals:
    /// Open `url` in the system browser: the identity provider's sign-in page.
    void browserNeeded(const QUrl& url);
    void codeReceived(const QString& code, const QString& verifier);
    void failed(const aih::console::ApiProblem& problem);

private:
    void onStarted(const QJsonDocument& answer);
    void fail(const ApiProblem& problem);

    const ApiClient& api_;
    ApiRequest start_;
    LoopbackSignIn* loopback_;
    QPointer<ApiJob> job_;
    bool done_ = false;
};

} // namespace aih::console
