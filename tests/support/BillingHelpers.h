// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiHelpers.h"
#include "FakeStripe.h"
#include "HttpClient.h"

#include <QJsonObject>
#include <QString>
#include <pqxx/pqxx>
#include <string>

namespace aih::test {

qint64 unixNow();
/// A fresh Stripe-style event id.
QString newEventId();
QString priceOf(const QString& tier);

/// Posts `event` to aihd's webhook signed as Stripe signs it, at `signedAt` (default now).
HttpResponse deliverEvent(const HttpClient& client, const QJsonObject& event, qint64 signedAt = 0,
                          const std::string& secret = FakeStripe::webhookSecret);
/// Posts raw bytes with a given Stripe-Signature header.
HttpResponse deliverPayload(const HttpClient& client, const QByteArray& payload,
                            const std::string& signature);

struct Subscription
{
    QString customerId;
    QString subscriptionId;
};

/// Buys `tier` as a customer would: checkout through aihd (which creates the Stripe customer),
/// then Stripe's checkout.session.completed for a subscription the fake holds as active.
Subscription subscribe(const HttpClient& client, FakeStripe& stripe, const TenantFixture& tenant,
                       const QString& tier, qint64 created);
/// The Stripe customer the fake created for the tenant; empty if none.
QString customerOf(const FakeStripe& stripe, const QString& tenantId);
/// Starts a checkout (which creates the tenant's Stripe customer); returns the customer with a
/// fresh subscription id.
Subscription linkCustomer(const HttpClient& client, const FakeStripe& stripe, const TenantFixture& tenant,
                          const QString& tier = "pro");

/// A `customer.subscription.*` event for `sub` on `tier`'s price.
QJsonObject subscriptionEvent(const QString& type, qint64 created, const Subscription& sub,
                              const QString& status, const QString& tier, bool cancelAtPeriodEnd = false);
/// An `invoice.paid` or `invoice.payment_failed` event for `sub`.
QJsonObject invoiceEvent(const QString& type, qint64 created, const Subscription& sub, qint64 amount);
/// The webhook's `outcome`: applied, duplicate, stale or ignored.
QString outcomeOf(const HttpResponse& response);

/// GET /api/enterprise/tenants/{id}, its tier, and GET /api/billing/subscription, as the tenant's admin.
QJsonObject tenantOf(const HttpClient& client, const TenantFixture& tenant);
QString tierOf(const HttpClient& client, const TenantFixture& tenant);
QJsonObject billingOf(const HttpClient& client, const TenantFixture& tenant);

/// Direct SQL on a test database as its owner (row-level security does not apply), for checking
/// what the server wrote.
pqxx::result query(const std::string& databaseUrl, const std::string& sql);
long long scalar(const std::string& databaseUrl, const std::string& sql);
/// Billing history entries of the tenant with this action.
int historyCount(const std::string& databaseUrl, const TenantFixture& tenant, const std::string& action);

} // namespace aih::test
