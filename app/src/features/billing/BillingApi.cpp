// SPDX-License-Identifier: Apache-2.0
#include "features/billing/BillingApi.h"

#include "core/net/Json.h"
#include "core/session/Tenant.h"

namespace aih::console {
namespace {

/// Only an https page is handed to the browser: anything else in `url` is not Stripe's.
std::optional<QUrl> pageUrlOf(const QJsonDocument& document)
{
    const QUrl url(document.object().value("url").toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != "https" || url.host().isEmpty()) {
        return std::nullopt;
    }
    return url;
}

} // namespace

Pending<QList<PlanOffer>> BillingApi::plans() const
{
    auto request = ApiRequest::get("/api/billing/plans");
    request.cacheable = true;
    return client_.call<QList<PlanOffer>>(request, [](const QJsonDocument& document) {
        return json::list<PlanOffer>(document, &PlanOffer::fromJson);
    });
}

Pending<Subscription> BillingApi::subscription() const
{
    auto request = ApiRequest::get("/api/billing/subscription");
    request.cacheable = true;
    return client_.call<Subscription>(request, [](const QJsonDocument& document) {
        return json::object(document, &Subscription::fromJson);
    });
}

Pending<QUrl> BillingApi::checkout(Tier tier) const
{
    return client_.call<QUrl>(
        ApiRequest::post("/api/billing/create-checkout-session", {{"tier", tierText(tier)}}), pageUrlOf);
}

Pending<QUrl> BillingApi::portal() const
{
    return client_.call<QUrl>(ApiRequest::post("/api/billing/portal"), pageUrlOf);
}

} // namespace aih::console
