// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OpenApiTools.h"

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace aih::test {

/// What the receiver should do with the next deliveries to one path.
struct ReceiverBehaviour
{
    QStringList secrets; ///< each delivery is verified under each of these
    int fail = 0;        ///< the next `fail` deliveries are answered with `status`
    int status = 500;
    int hang = 0; ///< the next `hang` deliveries are answered only after `hangMs`
    int hangMs = 0;
    int drip = 0; ///< the next `drip` deliveries get a 200 whose body never ends
};

/// A customer's webhook receiver on a loopback port (tests/webhooks/receiver.mjs, Node): it
/// verifies every delivery's signature with Stripe's own library (npm stripe, constructEvent) and
/// records it. Dies with the test program (PR_SET_PDEATHSIG); stopped when this goes out of scope.
class WebhookReceiverProcess
{
public:
    explicit WebhookReceiverProcess(const OpenApiTools& tools);
    ~WebhookReceiverProcess();
    WebhookReceiverProcess(const WebhookReceiverProcess&) = delete;
    WebhookReceiverProcess& operator=(const WebhookReceiverProcess&) = delete;

    bool start();
    /// `http://127.0.0.1:<port><path>`
    QString url(const QString& path) const;
    bool configure(const QString& path, const ReceiverBehaviour& behaviour) const;
    /// Every delivery to `path` so far, as the script records them (see the script's header).
    QJsonArray received(const QString& path) const;
    /// Polls until `path` has at least `count` deliveries, at most `timeoutMs`.
    QJsonArray waitForDeliveries(const QString& path, int count, int timeoutMs = 30'000) const;
    QString log() const;

private:
    const OpenApiTools& tools_;
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    int port_;
};

} // namespace aih::test
