// SPDX-License-Identifier: Apache-2.0
#include "billing/WebhookService.h"

#include "aih/Validation.h"
#include "billing/BillingEvents.h"
#include "billing/BillingLog.h"
#include "billing/BillingStore.h"
#include "billing/WebhookSignature.h"
#include "errors/ApiError.h"
#include "http/ErrorStatus.h"
#include "logging/Logger.h"

#include <algorithm>
#include <array>
#include <ctime>

namespace aih::billing {
namespace {

const logging::Logger webhookServiceLogger("billing-webhook");

using errors::ApiError;
using errors::ErrorCode;

Poco::JSON::Object::Ptr changeDetails(const BillingAccount& before, const BillingAccount& after)
{
    Poco::JSON::Object::Ptr details = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    details->set("subscription_id", after.subscriptionId);
    details->set("from_tier", std::string(tierName(before.tier)));
    details->set("to_tier", std::string(tierName(after.tier)));
    details->set("from_status", before.status);
    details->set("to_status", after.status);
    details->set("cancel_at_period_end", after.cancelAtPeriodEnd);
    return details;
}

bool changed(const BillingAccount& before, const BillingAccount& after)
{
    return before.tier != after.tier || before.status != after.status ||
           before.cancelAtPeriodEnd != after.cancelAtPeriodEnd ||
           before.subscriptionId != after.subscriptionId;
}

} // namespace

bool isHandledEventType(const std::string& type)
{
    static const std::array<std::string, 6> handled{"checkout.session.completed",
                                                    "customer.subscription.created",
                                                    "customer.subscription.updated",
                                                    "customer.subscription.deleted",
                                                    "invoice.paid",
                                                    "invoice.payment_failed"};
    return std::ranges::find(handled, type) != handled.end();
}

WebhookService::WebhookService(db::Database& database, const StripeClient& stripe, PriceCatalog prices,
                               std::string webhookSecret, std::chrono::seconds gracePeriod,
                               const audit::AuditLog& audit, db::Announce announce, const time::Clock& clock)
    : database_(database), stripe_(stripe), audit_(audit), prices_(std::move(prices)),
      secret_(std::move(webhookSecret)), graceSeconds_(gracePeriod.count()), announce_(std::move(announce)),
      clock_(clock)
{
}

void WebhookService::verify(const WebhookRequest& request) const
{
    // Some events are settled by asking Stripe, so without the API key they cannot be applied.
    if (secret_.empty() || !stripe_.configured()) {
        throw ApiError(ErrorCode::ServiceUnavailable, "Billing webhooks are not configured on this server.")
            .withRetryAfter(unconfiguredRetryAfterSeconds);
    }
    const auto check = verifyStripeSignature(request.signature, request.body, secret_, clock_.nowSeconds());
    switch (check) {
    case SignatureCheck::Valid:
        return;
    case SignatureCheck::Malformed:
        throw ApiError(ErrorCode::InvalidSignature, "Stripe-Signature is missing or malformed.");
    case SignatureCheck::Stale:
        throw ApiError(ErrorCode::InvalidSignature,
                       "The signature's timestamp is outside the 300 s tolerance.");
    case SignatureCheck::Mismatch:
        break;
    }
    throw ApiError(ErrorCode::InvalidSignature, "No signature matches the payload.");
}

std::string WebhookService::handle(const WebhookRequest& request)
{
    try {
        auto outcome = process(request);
        count(outcome);
        return outcome;
    } catch (const ApiError& error) {
        (http::describe(error.code()).status < 500 ? outcomes_.rejected : outcomes_.failed).add();
        throw;
    } catch (const std::exception&) {
        outcomes_.failed.add();
        throw;
    }
}

void WebhookService::count(const std::string& outcome)
{
    if (outcome == "applied") {
        outcomes_.applied.add();
    } else if (outcome == "duplicate") {
        outcomes_.duplicate.add();
    } else if (outcome == "stale") {
        outcomes_.stale.add();
    } else {
        outcomes_.ignored.add();
    }
}

std::string WebhookService::process(const WebhookRequest& request)
{
    verify(request);
    StripeEvent event;
    Target target;
    try {
        event = readEvent(parseStripeJson(request.body));
        if (!isHandledEventType(event.type)) {
            logWebhook(request.origin.requestId, event.id, event.type, "", "ignored", "unhandled event type");
            return "ignored";
        }
        target = targetOf(event);
    } catch (const StripeFormatError& error) {
        throw ApiError(ErrorCode::MalformedRequest, std::string("The event cannot be read: ") + error.what());
    }
    const auto tenantId = tenantFor(request, event, target);
    if (tenantId.empty()) {
        logWebhook(request.origin.requestId, event.id, event.type, "", "ignored",
                   "no tenant for this customer");
        return "ignored";
    }
    const auto outcome = database_.inTenant(tenantId, [&](db::Transaction& tx) -> std::string {
        // The row lock comes first: it orders concurrent deliveries for the tenant, so a second
        // delivery of the same event finds the first one's claim committed.
        Delivery delivery{tx,
                          BillingStore::lock(tx),
                          event,
                          request.origin.requestId,
                          {audit_, stripeCause(request.origin)}};
        if (!BillingStore::claimEvent(tx, event)) {
            return "duplicate";
        }
        auto result = apply(delivery, target);
        BillingStore::setOutcome(tx, event.id, result);
        delivery.changes.write(tx);
        return result;
    });
    if (outcome == "applied") {
        // Other instances hear of the change through the database's notification; this one must
        // not answer its next request from the plan it cached before.
        announce_(db::Change::tenant(tenantId));
    }
    logWebhook(request.origin.requestId, event.id, event.type, tenantId, outcome, "");
    return outcome;
}

WebhookService::Target WebhookService::targetOf(const StripeEvent& event) const
{
    if (event.type == "checkout.session.completed") {
        const auto session = readCheckoutSession(event.object);
        return {session.customerId,
                session.clientReferenceId.empty() ? session.tenantHint : session.clientReferenceId};
    }
    if (event.type.starts_with("invoice.")) {
        return {readInvoice(event.object).customerId, {}};
    }
    const auto sub = readSubscription(event.object);
    return {sub.customerId, sub.tenantHint};
}

std::string WebhookService::tenantFor(const WebhookRequest& request, const StripeEvent& event,
                                      const Target& target) const
{
    const auto reference =
        isUuid(target.tenantReference) ? std::optional<std::string>(target.tenantReference) : std::nullopt;
    const auto refs = database_.inPlatform(
        [&](db::Transaction& tx) { return BillingStore::resolve(tx, target.customerId, reference); });
    if (!refs.byCustomer.empty() && !refs.byReference.empty() && refs.byCustomer != refs.byReference) {
        // The customer link is ours and authoritative; a differing reference is worth a look.
        logWebhook(request.origin.requestId, event.id, event.type, refs.byCustomer, "note",
                   "tenant reference " + refs.byReference + " differs from the customer's tenant");
    }
    return refs.byCustomer.empty() ? refs.byReference : refs.byCustomer;
}

std::string WebhookService::apply(Delivery& delivery, const Target& target) const
{
    auto& account = delivery.account;
    if (account.customerId.empty() && !target.customerId.empty()) {
        account.customerId = BillingStore::linkCustomer(delivery.tx, target.customerId);
    }
    const auto& type = delivery.event.type;
    if (type == "checkout.session.completed") {
        return applyCheckout(delivery);
    }
    if (type.starts_with("invoice.")) {
        return applyInvoice(delivery);
    }
    return applySubscriptionEvent(delivery);
}

std::string WebhookService::applySubscriptionEvent(Delivery& delivery) const
{
    const auto sub = readSubscription(delivery.event.object);
    switch (orderOf(delivery.account.stateAt, delivery.event.created)) {
    case Ordering::Apply:
        return applyState(delivery, sub);
    case Ordering::Resolve:
        return applyCurrent(delivery, sub.id);
    case Ordering::Stale:
        break;
    }
    return "stale";
}

std::string WebhookService::applyCheckout(Delivery& delivery) const
{
    const auto& event = delivery.event;
    const auto session = readCheckoutSession(event.object);
    if (session.mode != "subscription" || session.subscriptionId.empty()) {
        return "ignored";
    }
    Poco::JSON::Object::Ptr details = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    details->set("session_id", session.id);
    details->set("subscription_id", session.subscriptionId);
    delivery.changes.add({"billing.checkout_completed", "stripe", true, event.id, event.created, details});
    return applyCurrent(delivery, session.subscriptionId);
}

std::string WebhookService::applyInvoice(Delivery& delivery) const
{
    const auto& event = delivery.event;
    const auto invoice = readInvoice(event.object);
    const bool paid = event.type == "invoice.paid";
    Poco::JSON::Object::Ptr details = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    details->set("invoice_id", invoice.id);
    details->set("subscription_id", invoice.subscriptionId);
    details->set("amount", paid ? invoice.amountPaid : invoice.amountDue);
    details->set("currency", invoice.currency);
    details->set("attempt_count", invoice.attemptCount);
    delivery.changes.add({paid ? "billing.payment_succeeded" : "billing.payment_failed", "stripe", paid,
                          event.id, event.created, details});
    if (!invoice.subscriptionId.empty()) {
        // An invoice says nothing about the subscription's state; Stripe's current one decides.
        applyCurrent(delivery, invoice.subscriptionId);
    }
    return "applied";
}

std::string WebhookService::applyCurrent(Delivery& delivery, const std::string& subscriptionId) const
{
    if (!subscriptionId.starts_with("sub_")) {
        return "ignored";
    }
    const auto& event = delivery.event;
    SubscriptionSnapshot current;
    try {
        current = readSubscription(stripe_.get("/v1/subscriptions/" + subscriptionId));
    } catch (const StripeError& error) {
        if (error.kind == StripeError::Kind::Unavailable) {
            // Nothing is committed: Stripe delivers the event again later.
            webhookServiceLogger.error(error.what(), {{"request_id", delivery.requestId}});
            throw ApiError(ErrorCode::ServiceUnavailable, "Stripe is unreachable; deliver again later.")
                .withRetryAfter(30);
        }
        logWebhook(delivery.requestId, event.id, event.type, delivery.account.tenantId, "note", error.what());
        return "ignored";
    } catch (const StripeFormatError& error) {
        logWebhook(delivery.requestId, event.id, event.type, delivery.account.tenantId, "note", error.what());
        return "ignored";
    }
    // Fetched under the row lock, this is at least as new as anything applied before it.
    return applyState(delivery, current);
}

std::string WebhookService::applyState(Delivery& delivery, const SubscriptionSnapshot& sub) const
{
    const auto& event = delivery.event;
    const auto& account = delivery.account;
    if (!mayReplace(account, sub)) {
        logWebhook(delivery.requestId, event.id, event.type, account.tenantId, "note",
                   "ignored " + sub.status + " " + sub.id + ": the tenant's subscription is " +
                       account.subscriptionId);
        return "ignored";
    }
    const auto priceTier = prices_.tierOf(sub.priceId);
    if (!priceTier && grantsPaidTier(sub.status)) {
        logWebhook(delivery.requestId, event.id, event.type, account.tenantId, "note",
                   "price " + sub.priceId + " is not configured for any tier; treated as free");
    }
    const auto next = nextState(account, sub, priceTier, event.created, clock_.nowSeconds(), graceSeconds_);
    BillingStore::save(delivery.tx, next);
    if (changed(account, next)) {
        delivery.changes.add({"billing.subscription_changed", "stripe", true, event.id, event.created,
                              changeDetails(account, next)});
    }
    return "applied";
}

void WebhookService::writeMetrics(observability::PrometheusWriter& out) const
{
    observability::counterFamily(out, "aih_billing_webhook_events_total",
                                 "Stripe webhook deliveries by outcome.", "outcome",
                                 {{"applied", outcomes_.applied.value()},
                                  {"duplicate", outcomes_.duplicate.value()},
                                  {"stale", outcomes_.stale.value()},
                                  {"ignored", outcomes_.ignored.value()},
                                  {"rejected", outcomes_.rejected.value()},
                                  {"failed", outcomes_.failed.value()}});
}

} // namespace aih::billing
