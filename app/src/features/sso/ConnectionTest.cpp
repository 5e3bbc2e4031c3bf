// SPDX-License-Identifier: Apache-2.0
#include "features/sso/ConnectionTest.h"

#include "core/session/BrowserFlow.h"
#include "features/sso/SsoApi.h"

namespace aih::console {

ConnectionTest::ConnectionTest(const SsoApi& api, const QString& connectionId, QObject* parent)
    : QObject(parent), api_(api), connectionId_(connectionId),
      flow_(new BrowserFlow(api.client(), SsoApi::testStart(connectionId), this))
{
    connect(flow_, &BrowserFlow::browserNeeded, this, &ConnectionTest::browserNeeded);
    connect(flow_, &BrowserFlow::failed, this, &ConnectionTest::failed);
    connect(flow_, &BrowserFlow::codeReceived, this, [this](const QString& code, const QString& verifier) {
        api_.testResult(connectionId_, code, verifier)
            .then(
                this, [this](const SsoTestResult& result) { emit finished(result); },
                [this](const ApiProblem& problem) { emit failed(problem); });
    });
}

void ConnectionTest::start()
{
    flow_->start();
}

void ConnectionTest::cancel()
{
    flow_->cancel();
}

} // namespace aih::console
