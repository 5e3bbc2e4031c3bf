// SPDX-License-Identifier: Apache-2.0
#include "StripeFixtures.h"

#include <Poco/DigestEngine.h>
#include <Poco/HMACEngine.h>
#include <Poco/SHA2Engine.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <mutex>
#include <stdexcept>

namespace aih::test {
namespace {

const QJsonObject& resources()
{
    static std::once_flag once;
    static QJsonObject loaded;
    std::call_once(once, [] {
        QFile file(AIH_STRIPE_FIXTURES);
        if (!file.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("cannot read Stripe's fixtures at " AIH_STRIPE_FIXTURES);
        }
        loaded = QJsonDocument::fromJson(file.readAll()).object()["resources"].toObject();
    });
    return loaded;
}

class Sha256Engine : public Poco::SHA2Engine
{
public:
    // HMACEngine needs the block size as a constant and a default-constructible engine.
    enum
    {
        BLOCK_SIZE = 64,
        DIGEST_SIZE = 32
    };
    Sha256Engine() : Poco::SHA2Engine(Poco::SHA2Engine::SHA_256) {}
};

} // namespace

QJsonObject StripeFixtures::resource(const QString& name)
{
    const auto value = resources().value(name);
    if (!value.isObject()) {
        throw std::runtime_error("Stripe's fixtures have no " + name.toStdString());
    }
    return value.toObject();
}

QJsonObject StripeFixtures::customer(const QString& id, const QJsonObject& metadata)
{
    auto object = resource("customer");
    object["id"] = id;
    object["metadata"] = metadata;
    object["livemode"] = false;
    return object;
}

QJsonObject StripeFixtures::subscription(const QString& id, const QString& customer, const QString& status,
                                         const QString& price, qint64 periodEnd, bool cancelAtPeriodEnd,
                                         const QString& tenantId)
{
    auto object = resource("subscription");
    object["id"] = id;
    object["customer"] = customer;
    object["status"] = status;
    object["cancel_at_period_end"] = cancelAtPeriodEnd;
    object["metadata"] = tenantId.isEmpty() ? QJsonObject{} : QJsonObject{{"tenant_id", tenantId}};
    auto items = object["items"].toObject();
    auto data = items["data"].toArray();
    auto item = data.at(0).toObject();
    auto priceObject = item["price"].toObject();
    priceObject["id"] = price;
    item["price"] = priceObject;
    item["subscription"] = id;
    item["current_period_start"] = periodEnd - 30 * 24 * 3600;
    item["current_period_end"] = periodEnd;
    data[0] = item;
    items["data"] = data;
    object["items"] = items;
    return object;
}

QJsonObject StripeFixtures::invoice(const QString& id, const QString& customer, const QString& subscription,
                                    qint64 amount, bool paid)
{
    auto object = resource("invoice");
    object["id"] = id;
    object["customer"] = customer;
    object["status"] = paid ? "paid" : "open";
    object["amount_due"] = amount;
    object["amount_paid"] = paid ? amount : 0;
    object["amount_remaining"] = paid ? 0 : amount;
    object["attempt_count"] = 1;
    object["attempted"] = true;
    object["billing_reason"] = "subscription_cycle";
    object["parent"] = QJsonObject{
        {"type", "subscription_details"},
        {"quote_details", QJsonValue::Null},
        {"subscription_details", QJsonObject{{"metadata", QJsonObject{}}, {"subscription", subscription}}}};
    return object;
}

QJsonObject StripeFixtures::checkoutSession(const QString& id, const QString& customer,
                                            const QString& subscription, const QString& tenantId)
{
    auto object = resource("checkout.session");
    object["id"] = id;
    object["mode"] = "subscription";
    object["customer"] = customer;
    object["subscription"] = subscription.isEmpty() ? QJsonValue() : QJsonValue(subscription);
    object["client_reference_id"] = tenantId;
    object["metadata"] = QJsonObject{{"tenant_id", tenantId}};
    object["url"] = "https://checkout.stripe.com/c/pay/" + id;
    object["status"] = subscription.isEmpty() ? "open" : "complete";
    object["payment_status"] = subscription.isEmpty() ? "unpaid" : "paid";
    object["payment_intent"] = QJsonValue::Null;
    return object;
}

QJsonObject StripeFixtures::portalSession(const QString& id, const QString& customer,
                                          const QString& returnUrl)
{
    auto object = resource("billing_portal.session");
    object["id"] = id;
    object["customer"] = customer;
    object["return_url"] = returnUrl;
    object["flow"] = QJsonValue::Null;
    object["url"] = "https://billing.stripe.com/p/session/" + id;
    return object;
}

QJsonObject StripeFixtures::event(const QString& id, const QString& type, qint64 created,
                                  const QJsonObject& object)
{
    auto envelope = resource("event");
    envelope["id"] = id;
    envelope["type"] = type;
    envelope["created"] = created;
    envelope["api_version"] = "2025-08-27.basil";
    envelope["data"] = QJsonObject{{"object", object}};
    return envelope;
}

std::string stripeV1(const QByteArray& payload, const std::string& secret, qint64 timestamp)
{
    Poco::HMACEngine<Sha256Engine> hmac(secret);
    const auto signedText = std::to_string(timestamp) + "." + payload.toStdString();
    hmac.update(signedText.data(), signedText.size());
    return Poco::DigestEngine::digestToHex(hmac.digest());
}

std::string stripeSignature(const QByteArray& payload, const std::string& secret, qint64 timestamp)
{
    return "t=" + std::to_string(timestamp) + ",v1=" + stripeV1(payload, secret, timestamp);
}

} // namespace aih::test
