// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <string>

namespace aih::test {

/// Stripe objects built from Stripe's own fixtures (tests/support/data/stripe/fixtures3.json,
/// copied from github.com/stripe/openapi), with the fields a test cares about replaced. Everything
/// else keeps the shape and values Stripe publishes, so aihd reads real-looking objects, not
/// hand-made minimal ones.
class StripeFixtures
{
public:
    /// The published fixture of a resource, e.g. "subscription", "checkout.session".
    static QJsonObject resource(const QString& name);

    static QJsonObject customer(const QString& id, const QJsonObject& metadata);
    static QJsonObject subscription(const QString& id, const QString& customer, const QString& status,
                                    const QString& price, qint64 periodEnd, bool cancelAtPeriodEnd = false,
                                    const QString& tenantId = {});
    static QJsonObject invoice(const QString& id, const QString& customer, const QString& subscription,
                               qint64 amount, bool paid);
    static QJsonObject checkoutSession(const QString& id, const QString& customer,
                                       const QString& subscription, const QString& tenantId);
    static QJsonObject portalSession(const QString& id, const QString& customer, const QString& returnUrl);
    static QJsonObject event(const QString& id, const QString& type, qint64 created,
                             const QJsonObject& object);
};

/// `Stripe-Signature` as Stripe computes it: t=<timestamp>,v1=HMAC-SHA256(secret, "t.payload").
/// Computed here with Poco, independently of the server's own code.
std::string stripeSignature(const QByteArray& payload, const std::string& secret, qint64 timestamp);
std::string stripeV1(const QByteArray& payload, const std::string& secret, qint64 timestamp);

} // namespace aih::test
