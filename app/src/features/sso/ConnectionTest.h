// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiProblem.h"
#include "features/sso/SsoTestResult.h"

#include <QObject>
#include <QUrl>

namespace aih::console {

class BrowserFlow;
class SsoApi;

/// Tests a connection as a member signs in through it, in the system browser, and reports what
/// the provider sent and the role it maps to. Nobody is signed in by it. Emits exactly one of
/// finished() or failed().
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    ConnectionTest(const SsoApi& api, const QString& connectionId, QObject* parent = nullptr);

    void start();
    /// Stops waiting for the browser; emits failed() with a Cancelled problem if not done yet.
    void cancel();

signals:
    /// Open `url` in the system browser: the identity provider's sign-in page.
    void browserNeeded(const QUrl& url);
    void finished(const aih::console::SsoTestResult& result);
    void failed(const aih::console::ApiProblem& problem);

private:
    const SsoApi& api_;
    QString connectionId_;
    BrowserFlow* flow_;
};

} // namespace aih::console
