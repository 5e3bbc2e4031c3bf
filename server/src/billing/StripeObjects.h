// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "billing/BillingAccount.h"

#include <Poco/JSON/Object.h>
#include <stdexcept>
#include <string>
#include <string_view>

namespace aih::billing {

/// A Stripe object that lacks what we rely on (or is not JSON at all).
struct StripeFormatError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

struct StripeEvent
{
    std::string id;
    std::string type;
    long long created = 0;
    Poco::JSON::Object::Ptr object; ///< data.object
};

struct InvoiceSnapshot
{
    std::string id;
    std::string customerId;
    std::string subscriptionId;
    std::string currency;
    long long amountPaid = 0;
    long long amountDue = 0;
    long long attemptCount = 0;
};

struct CheckoutSnapshot
{
    std::string id;
    std::string customerId;
    std::string subscriptionId;
    std::string mode;
    std::string clientReferenceId;
    std::string tenantHint; ///< metadata.tenant_id
};

/// Parses a JSON object within the server's JSON limits; throws StripeFormatError.
Poco::JSON::Object::Ptr parseStripeJson(std::string_view text);

/// The event envelope: id `evt_...`, type, created, data.object. Throws StripeFormatError.
StripeEvent readEvent(const Poco::JSON::Object::Ptr& root);
/// Reads both shapes Stripe has used: the period on the subscription or on its first item.
SubscriptionSnapshot readSubscription(const Poco::JSON::Object::Ptr& object);
/// Reads both shapes: `parent.subscription_details.subscription` or the older `subscription`.
InvoiceSnapshot readInvoice(const Poco::JSON::Object::Ptr& object);
CheckoutSnapshot readCheckoutSession(const Poco::JSON::Object::Ptr& object);

/// `field` as a Stripe id (a string, or an expanded object's `id`); empty when null or absent.
std::string idField(const Poco::JSON::Object::Ptr& object, const std::string& field);

} // namespace aih::billing
