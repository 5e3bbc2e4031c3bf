// SPDX-License-Identifier: Apache-2.0
#include "BillingHelpers.h"

#include "StripeFixtures.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>
#include <stdexcept>

namespace aih::test {

qint64 unixNow()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString newEventId()
{
    return "evt_test_" + QUuid::createUuid().toString(QUuid::Id128);
}

QString priceOf(const QString& tier)
{
    if (tier == "basic") {
        return FakeStripe::basicPrice;
    }
    return tier == "pro" ? FakeStripe::proPrice : FakeStripe::enterprisePrice;
}

HttpResponse deliverPayload(const HttpClient& client, const QByteArray& payload, const std::string& signature)
{
    Headers headers;
    if (!signature.empty()) {
        headers.emplace_back("Stripe-Signature", signature);
    }
    return client.request("POST", "/api/billing/webhook", payload, headers,
                          "application/json; charset=utf-8");
}

HttpResponse deliverEvent(const HttpClient& client, const QJsonObject& event, qint64 signedAt,
                          const std::string& secret)
{
    const auto payload = QJsonDocument(event).toJson(QJsonDocument::Compact);
    return deliverPayload(client, payload, stripeSignature(payload, secret, signedAt ? signedAt : unixNow()));
}

QString customerOf(const FakeStripe& stripe, const QString& tenantId)
{
    for (const auto& [id, customer] : stripe.customers()) {
        if (customer["metadata"].toObject()["tenant_id"].toString() == tenantId) {
            return QString::fromStdString(id);
        }
    }
    return {};
}

Subscription linkCustomer(const HttpClient& client, const FakeStripe& stripe, const TenantFixture& tenant,
                          const QString& tier)
{
    const auto checkout =
        client.post("/api/billing/create-checkout-session", {{"tier", tier}}, bearer(tenant.accessToken));
    if (checkout.status != 200) {
        throw std::runtime_error("checkout failed: " + checkout.body.toStdString());
    }
    return {customerOf(stripe, tenant.id), "sub_" + QUuid::createUuid().toString(QUuid::Id128)};
}

QJsonObject subscriptionEvent(const QString& type, qint64 created, const Subscription& sub,
                              const QString& status, const QString& tier, bool cancelAtPeriodEnd)
{
    return StripeFixtures::event(newEventId(), type, created,
                                 StripeFixtures::subscription(sub.subscriptionId, sub.customerId, status,
                                                              priceOf(tier), created + 30 * 24 * 3600,
                                                              cancelAtPeriodEnd));
}

QJsonObject invoiceEvent(const QString& type, qint64 created, const Subscription& sub, qint64 amount)
{
    return StripeFixtures::event(newEventId(), type, created,
                                 StripeFixtures::invoice("in_" + QUuid::createUuid().toString(QUuid::Id128),
                                                         sub.customerId, sub.subscriptionId, amount,
                                                         type == "invoice.paid"));
}

QString outcomeOf(const HttpResponse& response)
{
    return response.json()["outcome"].toString();
}

QJsonObject tenantOf(const HttpClient& client, const TenantFixture& tenant)
{
    return client.get(path("/api/enterprise/tenants", tenant.id), bearer(tenant.accessToken)).json();
}

QString tierOf(const HttpClient& client, const TenantFixture& tenant)
{
    return tenantOf(client, tenant)["subscription_tier"].toString();
}

QJsonObject billingOf(const HttpClient& client, const TenantFixture& tenant)
{
    return client.get("/api/billing/subscription", bearer(tenant.accessToken)).json();
}

Subscription subscribe(const HttpClient& client, FakeStripe& stripe, const TenantFixture& tenant,
                       const QString& tier, qint64 created)
{
    const auto result = linkCustomer(client, stripe, tenant, tier);
    stripe.putSubscription(StripeFixtures::subscription(result.subscriptionId, result.customerId, "active",
                                                        priceOf(tier), created + 30 * 24 * 3600, false,
                                                        tenant.id));
    const auto session =
        StripeFixtures::checkoutSession("cs_test_" + QUuid::createUuid().toString(QUuid::Id128),
                                        result.customerId, result.subscriptionId, tenant.id);
    const auto delivered = deliverEvent(
        client, StripeFixtures::event(newEventId(), "checkout.session.completed", created, session));
    if (delivered.status != 200) {
        throw std::runtime_error("checkout.session.completed failed: " + delivered.body.toStdString());
    }
    return result;
}

pqxx::result query(const std::string& databaseUrl, const std::string& sql)
{
    pqxx::connection connection(databaseUrl);
    pqxx::nontransaction tx(connection);
    return tx.exec(sql);
}

long long scalar(const std::string& databaseUrl, const std::string& sql)
{
    return query(databaseUrl, sql).at(0)[0].as<long long>();
}

int historyCount(const std::string& databaseUrl, const TenantFixture& tenant, const std::string& action)
{
    return static_cast<int>(scalar(databaseUrl, "SELECT count(*) FROM billing_history WHERE tenant_id = '" +
                                                    tenant.id.toStdString() + "' AND action = '" + action +
                                                    "'"));
}

} // namespace aih::test
