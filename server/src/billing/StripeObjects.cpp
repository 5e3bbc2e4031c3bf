// SPDX-License-Identifier: Apache-2.0
#include "billing/StripeObjects.h"

#include "errors/ApiError.h"
#include "http/JsonLimits.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <cctype>

namespace aih::billing {
namespace {

constexpr std::size_t maxIdBytes = 255;

Poco::JSON::Object::Ptr objectField(const Poco::JSON::Object::Ptr& object, const std::string& field)
{
    if (!object || !object->has(field) || object->isNull(field) || !object->isObject(field)) {
        return nullptr;
    }
    return object->getObject(field);
}

std::string stringField(const Poco::JSON::Object::Ptr& object, const std::string& field)
{
    if (!object || !object->has(field) || object->isNull(field)) {
        return {};
    }
    const auto value = object->get(field);
    if (!value.isString()) {
        throw StripeFormatError(field + " is not a string");
    }
    auto text = value.extract<std::string>();
    if (text.size() > maxIdBytes) {
        throw StripeFormatError(field + " is too long");
    }
    return text;
}

long long integerField(const Poco::JSON::Object::Ptr& object, const std::string& field)
{
    if (!object || !object->has(field) || object->isNull(field)) {
        return 0;
    }
    const auto value = object->get(field);
    if (!value.isInteger()) {
        throw StripeFormatError(field + " is not an integer");
    }
    return value.convert<long long>();
}

bool boolField(const Poco::JSON::Object::Ptr& object, const std::string& field)
{
    if (!object || !object->has(field) || object->isNull(field)) {
        return false;
    }
    const auto value = object->get(field);
    if (!value.isBoolean()) {
        throw StripeFormatError(field + " is not a boolean");
    }
    return value.extract<bool>();
}

Poco::JSON::Object::Ptr firstItem(const Poco::JSON::Object::Ptr& subscription)
{
    const auto items = objectField(subscription, "items");
    if (!items || !items->has("data") || !items->isArray("data")) {
        return nullptr;
    }
    const auto data = items->getArray("data");
    if (data->size() == 0 || !data->isObject(0)) {
        return nullptr;
    }
    return data->getObject(0);
}

} // namespace

Poco::JSON::Object::Ptr parseStripeJson(std::string_view text)
{
    try {
        http::checkJsonWithinLimits(text);
        Poco::JSON::Parser parser;
        const auto root = parser.parse(std::string(text));
        if (root.type() != typeid(Poco::JSON::Object::Ptr)) {
            throw StripeFormatError("not a JSON object");
        }
        return root.extract<Poco::JSON::Object::Ptr>();
    } catch (const errors::ApiError& error) {
        throw StripeFormatError(error.detail());
    } catch (const Poco::Exception& error) {
        throw StripeFormatError("not JSON: " + error.message());
    }
}

std::string idField(const Poco::JSON::Object::Ptr& object, const std::string& field)
{
    if (const auto expanded = objectField(object, field)) {
        return stringField(expanded, "id");
    }
    return stringField(object, field);
}

StripeEvent readEvent(const Poco::JSON::Object::Ptr& root)
{
    StripeEvent event;
    event.id = stringField(root, "id");
    event.type = stringField(root, "type");
    event.created = integerField(root, "created");
    if (!event.id.starts_with("evt_") || event.type.empty() || event.created <= 0) {
        throw StripeFormatError("an event needs an evt_ id, a type and a created time");
    }
    for (const char c : event.id) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') {
            throw StripeFormatError("the event id has unexpected characters");
        }
    }
    const auto data = objectField(root, "data");
    event.object = objectField(data, "object");
    if (!event.object) {
        throw StripeFormatError("the event has no data.object");
    }
    return event;
}

SubscriptionSnapshot readSubscription(const Poco::JSON::Object::Ptr& object)
{
    SubscriptionSnapshot sub;
    sub.id = stringField(object, "id");
    sub.customerId = idField(object, "customer");
    sub.status = stringField(object, "status");
    if (!sub.id.starts_with("sub_") || sub.status.empty() || sub.status.size() > 32) {
        throw StripeFormatError("a subscription needs a sub_ id and a status");
    }
    sub.cancelAtPeriodEnd = boolField(object, "cancel_at_period_end");
    sub.periodStart = integerField(object, "current_period_start");
    sub.periodEnd = integerField(object, "current_period_end");
    sub.tenantHint = stringField(objectField(object, "metadata"), "tenant_id");
    if (const auto item = firstItem(object)) {
        sub.priceId = idField(item, "price");
        if (sub.priceId.empty()) {
            sub.priceId = idField(item, "plan");
        }
        // Newer API versions keep the period on the item.
        if (const auto itemPeriodStart = integerField(item, "current_period_start")) {
            sub.periodStart = itemPeriodStart;
        }
        if (const auto itemPeriodEnd = integerField(item, "current_period_end")) {
            sub.periodEnd = itemPeriodEnd;
        }
    }
    return sub;
}

InvoiceSnapshot readInvoice(const Poco::JSON::Object::Ptr& object)
{
    InvoiceSnapshot invoice;
    invoice.id = stringField(object, "id");
    if (!invoice.id.starts_with("in_")) {
        throw StripeFormatError("an invoice needs an in_ id");
    }
    invoice.customerId = idField(object, "customer");
    const auto details = objectField(objectField(object, "parent"), "subscription_details");
    invoice.subscriptionId = idField(details, "subscription");
    if (invoice.subscriptionId.empty()) {
        invoice.subscriptionId = idField(object, "subscription");
    }
    invoice.currency = stringField(object, "currency");
    invoice.amountPaid = integerField(object, "amount_paid");
    invoice.amountDue = integerField(object, "amount_due");
    invoice.attemptCount = integerField(object, "attempt_count");
    return invoice;
}

CheckoutSnapshot readCheckoutSession(const Poco::JSON::Object::Ptr& object)
{
    CheckoutSnapshot session;
    session.id = stringField(object, "id");
    if (!session.id.starts_with("cs_")) {
        throw StripeFormatError("a checkout session needs a cs_ id");
    }
    session.customerId = idField(object, "customer");
    session.subscriptionId = idField(object, "subscription");
    session.mode = stringField(object, "mode");
    session.clientReferenceId = stringField(object, "client_reference_id");
    session.tenantHint = stringField(objectField(object, "metadata"), "tenant_id");
    return session;
}

} // namespace aih::billing
