// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingRoutes.h"

#include "billing/BillingJson.h"
#include "http/RequestBody.h"

namespace aih::billing {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addBillingRoutes(http::Router& router, BillingService& billing, WebhookService& webhooks)
{
    router.add({"GET", "/api/billing/plans", Access::Open, Role::User,
                [&billing](RequestContext&) {
                    return Response::json(200, plansJson(billing.prices(), billing.configured()));
                },
                "The plans with their limits, features and prices"});

    router.add({"POST", "/api/billing/create-checkout-session", Access::Member, Role::Admin,
                [&billing](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    CheckoutRequest request;
                    request.tier = body.requiredString("tier", 32);
                    request.successUrl = body.optionalString("success_url", 4096);
                    request.cancelUrl = body.optionalString("cancel_url", 4096);
                    body.finish();
                    const auto session = billing.createCheckout(ctx.caller, request);
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("session_id", session.id);
                    out->set("url", session.url);
                    return Response::json(200, out);
                },
                "Start a Stripe Checkout for a paid plan (subscription mode)"});

    router.add({"POST", "/api/billing/portal", Access::Member, Role::Admin,
                [&billing](RequestContext& ctx) {
                    auto body = http::optionalJsonBodyOf(ctx);
                    const auto returnUrl = body.optionalString("return_url", 4096);
                    body.finish();
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("url", billing.openPortal(ctx.caller, returnUrl));
                    return Response::json(200, out);
                },
                "Open Stripe's customer portal for the tenant"});

    router.add({"GET", "/api/billing/subscription", Access::Member, Role::Manager,
                [&billing](RequestContext& ctx) {
                    return Response::json(200, subscriptionJson(billing.subscription(ctx.caller)));
                },
                "The tenant's tier, status, period and last payment"});

    router.add({"POST", "/api/billing/webhook", Access::Open, Role::User,
                [&webhooks](RequestContext& ctx) {
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("received", true);
                    out->set("outcome",
                             webhooks.handle({ctx.header("Stripe-Signature"), ctx.body, ctx.caller.origin}));
                    return Response::json(200, out);
                },
                "Stripe's webhook: signed events, each applied once"});
}

} // namespace aih::billing
