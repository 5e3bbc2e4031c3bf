// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingService.h"

#include "billing/BillingEvents.h"
#include "billing/StripeObjects.h"
#include "crypto/Secrets.h"
#include "errors/ApiError.h"
#include "logging/Logger.h"

#include <Poco/URI.h>

namespace aih::billing {
namespace {

const logging::Logger billingServiceLogger("billing");

using errors::ApiError;
using errors::ErrorCode;

constexpr std::size_t maxUrlBytes = 2048;

void validateUrl(ApiError& invalid, const std::string& field, const std::optional<std::string>& url)
{
    if (!url) {
        return;
    }
    bool ok = url->size() <= maxUrlBytes;
    try {
        const Poco::URI uri(*url);
        ok = ok && (uri.getScheme() == "https" || uri.getScheme() == "http") && !uri.getHost().empty();
    } catch (const Poco::Exception&) {
        ok = false;
    }
    for (const char c : *url) {
        ok = ok && static_cast<unsigned char>(c) > 0x20 && c != 0x7f;
    }
    if (!ok) {
        invalid.withField(field, "must be an absolute http(s) URL of at most 2048 characters");
    }
}

void throwIfInvalid(const ApiError& invalid)
{
    if (!invalid.fieldErrors().empty()) {
        throw invalid;
    }
}

std::string requireStripeId(const Poco::JSON::Object::Ptr& object, const std::string& prefix)
{
    std::string id;
    try {
        id = idField(object, "id");
    } catch (const StripeFormatError&) {
        // Reported below as a reply we cannot use.
    }
    if (!id.starts_with(prefix)) {
        throw StripeError(StripeError::Kind::Refused, 200,
                          "Stripe returned an object without a " + prefix + " id");
    }
    return id;
}

} // namespace

std::string actorOf(const identity::Caller& caller)
{
    const auto& principal = caller.principal;
    if (principal.isOperator()) {
        return principal.operatorId.empty() ? "operator" : "operator:" + principal.operatorId;
    }
    return principal.isApiKey() ? "key:" + principal.apiKeyId : "user:" + principal.userId;
}

void throwForStripe(const StripeError& error, const std::string& requestId)
{
    billingServiceLogger.error(error.what(), {{"request_id", requestId}});
    if (error.kind == StripeError::Kind::Unavailable) {
        throw ApiError(ErrorCode::ServiceUnavailable,
                       "The payment provider is unreachable; try again shortly.")
            .withRetryAfter(5);
    }
    for (const auto* field : {"success_url", "cancel_url", "return_url"}) {
        if (error.param == field) {
            throw ApiError::validation(field, "was rejected by the payment provider");
        }
    }
    throw ApiError(ErrorCode::PaymentProviderError, "The payment provider refused the request.");
}

BillingService::BillingService(db::Database& database, const StripeClient& stripe, PriceCatalog prices,
                               std::string baseDomain, const audit::AuditLog& audit)
    : database_(database), stripe_(stripe), prices_(std::move(prices)), baseDomain_(std::move(baseDomain)),
      audit_(audit)
{
}

void BillingService::recordOnItsOwn(identity::Caller& caller, BillingEvent event) const
{
    BillingEvents changes(audit_, audit::eventFrom(caller, {}));
    changes.add(std::move(event));
    caller.inTenant(database_, [&](db::Transaction& tx) { changes.write(tx); });
}

void BillingService::requireConfigured() const
{
    if (!stripe_.configured()) {
        throw ApiError(ErrorCode::ServiceUnavailable, "Billing is not configured on this server.")
            .withRetryAfter(unconfiguredRetryAfterSeconds);
    }
}

std::string BillingService::defaultUrl(const BillingAccount& account, const std::string& query) const
{
    return "https://" + account.slug + "." + baseDomain_ + "/portal" + query;
}

std::string BillingService::ensureCustomer(identity::Caller& caller, const BillingAccount& account)
{
    if (!account.customerId.empty()) {
        return account.customerId;
    }
    // The key is the same for every attempt of this tenant (and name), so a customer created by
    // an attempt whose answer or database write was lost is found again, not created twice.
    const auto key = "customer-" + account.tenantId + "-" + crypto::sha256Hex(account.name).substr(0, 12);
    const auto customer = stripe_.post("/v1/customers",
                                       {{"name", account.name},
                                        {"metadata[tenant_id]", account.tenantId},
                                        {"metadata[tenant_slug]", account.slug}},
                                       key);
    const auto customerId = requireStripeId(customer, "cus_");
    return caller.inTenant(database_,
                           [&](db::Transaction& tx) { return BillingStore::linkCustomer(tx, customerId); });
}

CheckoutSession BillingService::createCheckout(identity::Caller& caller, const CheckoutRequest& request)
{
    ApiError invalid(ErrorCode::ValidationFailed, "The request has invalid fields.");
    const auto tier = tierFromName(request.tier);
    if (!tier || *tier == Tier::Free) {
        invalid.withField("tier", "must be one of basic, pro, enterprise");
    }
    validateUrl(invalid, "success_url", request.successUrl);
    validateUrl(invalid, "cancel_url", request.cancelUrl);
    throwIfInvalid(invalid);
    requireConfigured();
    const auto price = prices_.priceOf(*tier);
    if (!price) {
        throw ApiError(ErrorCode::ServiceUnavailable,
                       "The " + request.tier +
                           " plan cannot be bought on this server: it has no Stripe price.")
            .withRetryAfter(unconfiguredRetryAfterSeconds);
    }
    const auto account =
        caller.inTenant(database_, [](db::Transaction& tx) { return BillingStore::read(tx); });
    if (!account.subscriptionId.empty() && isOpen(account.status)) {
        throw ApiError(ErrorCode::Conflict, "The tenant already has a subscription; change plans in the "
                                            "customer portal (POST /api/billing/portal).");
    }
    try {
        const auto customerId = ensureCustomer(caller, account);
        const auto session = stripe_.post(
            "/v1/checkout/sessions",
            {{"mode", "subscription"},
             {"customer", customerId},
             {"client_reference_id", account.tenantId},
             {"line_items[0][price]", *price},
             {"line_items[0][quantity]", "1"},
             {"success_url", request.successUrl.value_or(defaultUrl(account, "?checkout=success"))},
             {"cancel_url", request.cancelUrl.value_or(defaultUrl(account, "?checkout=canceled"))},
             {"metadata[tenant_id]", account.tenantId},
             {"metadata[tier]", request.tier},
             {"subscription_data[metadata][tenant_id]", account.tenantId},
             {"subscription_data[metadata][tier]", request.tier}},
            "checkout-" + crypto::randomToken(18));
        CheckoutSession result{requireStripeId(session, "cs_"), session->optValue<std::string>("url", "")};
        Poco::JSON::Object::Ptr details = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        details->set("tier", request.tier);
        details->set("session_id", result.id);
        recordOnItsOwn(caller, {"billing.checkout_started", actorOf(caller), true, {}, 0, details});
        return result;
    } catch (const StripeError& error) {
        throwForStripe(error, caller.origin.requestId);
    }
}

std::string BillingService::openPortal(identity::Caller& caller, const std::optional<std::string>& returnUrl)
{
    ApiError invalid(ErrorCode::ValidationFailed, "The request has invalid fields.");
    validateUrl(invalid, "return_url", returnUrl);
    throwIfInvalid(invalid);
    requireConfigured();
    const auto account =
        caller.inTenant(database_, [](db::Transaction& tx) { return BillingStore::read(tx); });
    try {
        const auto customerId = ensureCustomer(caller, account);
        const auto session = stripe_.post(
            "/v1/billing_portal/sessions",
            {{"customer", customerId}, {"return_url", returnUrl.value_or(defaultUrl(account, ""))}},
            "portal-" + crypto::randomToken(18));
        requireStripeId(session, "bps_");
        recordOnItsOwn(caller, {"billing.portal_opened", actorOf(caller), true, {}, 0, nullptr});
        return session->optValue<std::string>("url", "");
    } catch (const StripeError& error) {
        throwForStripe(error, caller.origin.requestId);
    }
}

void BillingService::cancelForClosing(identity::Caller& caller, const std::string& tenantId)
{
    const auto account =
        database_.inTenant(tenantId, [](db::Transaction& tx) { return BillingStore::read(tx); });
    if (account.subscriptionId.empty() || account.status == "canceled") {
        return;
    }
    requireConfigured();
    bool alreadyGone = false;
    try {
        stripe_.remove("/v1/subscriptions/" + account.subscriptionId);
    } catch (const StripeError& error) {
        // Deleted on Stripe's side already (by hand in its dashboard, say): nothing to end.
        alreadyGone = error.kind == StripeError::Kind::Refused && error.status == 404;
        if (!alreadyGone) {
            throwForStripe(error, caller.origin.requestId);
        }
    }
    Poco::JSON::Object::Ptr details = new Poco::JSON::Object;
    details->set("subscription_id", account.subscriptionId);
    details->set("reason", "tenant_closed");
    details->set("already_gone", alreadyGone);
    BillingEvents changes(audit_, audit::eventFrom(caller, {}));
    changes.add({"billing.subscription_canceled", actorOf(caller), true, {}, 0, details});
    database_.inTenant(tenantId, [&](db::Transaction& tx) {
        // Marked ended here, so a retried closing does not ask Stripe again; the tier itself
        // follows Stripe's customer.subscription.deleted, as every tier change does.
        auto current = BillingStore::lock(tx);
        if (current.subscriptionId == account.subscriptionId) {
            current.status = "canceled";
            BillingStore::save(tx, current);
        }
        changes.write(tx);
    });
}

SubscriptionView BillingService::subscription(identity::Caller& caller)
{
    return caller.inTenant(database_, [](db::Transaction& tx) {
        return SubscriptionView{BillingStore::read(tx), BillingStore::lastPayment(tx)};
    });
}

} // namespace aih::billing
