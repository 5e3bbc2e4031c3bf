// SPDX-License-Identifier: Apache-2.0
#include "http/JsonBody.h"

#include "errors/ApiError.h"
#include "http/JsonLimits.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

namespace aih::http {

JsonBody::JsonBody(Poco::JSON::Object::Ptr object) : object_(std::move(object)) {}

JsonBody JsonBody::parse(std::string_view text)
{
    checkJsonWithinLimits(text);
    Poco::Dynamic::Var root;
    try {
        Poco::JSON::Parser parser;
        root = parser.parse(std::string(text));
    } catch (const Poco::Exception&) {
        throw errors::ApiError(errors::ErrorCode::MalformedJson, "The body is not well-formed JSON.");
    }
    if (root.type() != typeid(Poco::JSON::Object::Ptr)) {
        throw errors::ApiError(errors::ErrorCode::MalformedJson, "The body must be a JSON object.");
    }
    return JsonBody(root.extract<Poco::JSON::Object::Ptr>());
}

Poco::Dynamic::Var JsonBody::fieldValue(const std::string& field)
{
    known_.insert(field);
    return object_->has(field) ? object_->get(field) : Poco::Dynamic::Var();
}

std::string JsonBody::requiredString(const std::string& field, std::size_t maxLength)
{
    auto value = optionalString(field, maxLength);
    if (!value) {
        throw errors::ApiError::validation(field, "is required");
    }
    return *value;
}

std::optional<std::string> JsonBody::optionalString(const std::string& field, std::size_t maxLength)
{
    const auto value = fieldValue(field);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        throw errors::ApiError::validation(field, "must be a string");
    }
    auto text = value.extract<std::string>();
    if (text.size() > maxLength) {
        throw errors::ApiError::validation(field, "must be at most " + std::to_string(maxLength) + " bytes");
    }
    return text;
}

std::optional<bool> JsonBody::optionalBool(const std::string& field)
{
    const auto value = fieldValue(field);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (value.type() != typeid(bool)) {
        throw errors::ApiError::validation(field, "must be true or false");
    }
    return value.extract<bool>();
}

std::optional<long long> JsonBody::optionalInteger(const std::string& field)
{
    const auto value = fieldValue(field);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (!value.isInteger()) {
        throw errors::ApiError::validation(field, "must be a whole number");
    }
    try {
        return value.convert<long long>();
    } catch (const Poco::Exception&) {
        throw errors::ApiError::validation(field, "is out of range");
    }
}

std::optional<std::optional<long long>> JsonBody::optionalNullableInteger(const std::string& field)
{
    // The parser reads `null` and a missing field alike as an empty value: ask the object.
    if (object_->has(field) && object_->isNull(field)) {
        known_.insert(field);
        return std::optional<long long>();
    }
    const auto value = optionalInteger(field);
    if (!value) {
        return std::nullopt;
    }
    return std::optional<std::optional<long long>>(std::in_place, *value);
}

std::optional<std::optional<std::string>> JsonBody::optionalNullableString(const std::string& field,
                                                                           std::size_t maxLength)
{
    if (object_->has(field) && object_->isNull(field)) {
        known_.insert(field);
        return std::optional<std::string>();
    }
    auto value = optionalString(field, maxLength);
    if (!value) {
        return std::nullopt;
    }
    return std::optional<std::optional<std::string>>(std::in_place, std::move(*value));
}

std::optional<std::vector<std::string>>
JsonBody::optionalStringArray(const std::string& field, std::size_t maxItems, std::size_t maxLength)
{
    const auto value = fieldValue(field);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (value.type() != typeid(Poco::JSON::Array::Ptr)) {
        throw errors::ApiError::validation(field, "must be an array of strings");
    }
    const auto& array = value.extract<Poco::JSON::Array::Ptr>();
    if (array->size() > maxItems) {
        throw errors::ApiError::validation(field, "must have at most " + std::to_string(maxItems) + " items");
    }
    std::vector<std::string> items;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto item = array->get(static_cast<unsigned>(i));
        if (!item.isString() || item.extract<std::string>().size() > maxLength) {
            throw errors::ApiError::validation(field, "must be an array of short strings");
        }
        items.push_back(item.extract<std::string>());
    }
    return items;
}

std::optional<std::vector<int>> JsonBody::optionalIntegerArray(const std::string& field, std::size_t maxItems,
                                                               int min, int max)
{
    const auto value = fieldValue(field);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    const auto shape = "must be an array of at most " + std::to_string(maxItems) + " whole numbers from " +
                       std::to_string(min) + " to " + std::to_string(max);
    if (value.type() != typeid(Poco::JSON::Array::Ptr)) {
        throw errors::ApiError::validation(field, shape);
    }
    const auto& array = value.extract<Poco::JSON::Array::Ptr>();
    if (array->size() > maxItems) {
        throw errors::ApiError::validation(field, shape);
    }
    std::vector<int> items;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto item = array->get(static_cast<unsigned>(i));
        if (!item.isInteger()) {
            throw errors::ApiError::validation(field, shape);
        }
        long long number = 0;
        try {
            number = item.convert<long long>();
        } catch (const Poco::Exception&) {
            throw errors::ApiError::validation(field, shape);
        }
        if (number < min || number > max) {
            throw errors::ApiError::validation(field, shape);
        }
        items.push_back(static_cast<int>(number));
    }
    return items;
}

std::optional<std::optional<std::vector<std::string>>>
JsonBody::optionalNullableStringArray(const std::string& field, std::size_t maxItems, std::size_t maxLength)
{
    if (object_->has(field) && object_->isNull(field)) {
        known_.insert(field);
        return std::optional<std::vector<std::string>>();
    }
    auto items = optionalStringArray(field, maxItems, maxLength);
    if (!items) {
        return std::nullopt;
    }
    return std::optional<std::optional<std::vector<std::string>>>(std::in_place, std::move(*items));
}

Poco::JSON::Object::Ptr JsonBody::optionalObject(const std::string& field)
{
    const auto value = fieldValue(field);
    if (value.isEmpty()) {
        return nullptr;
    }
    if (value.type() != typeid(Poco::JSON::Object::Ptr)) {
        throw errors::ApiError::validation(field, "must be an object");
    }
    return value.extract<Poco::JSON::Object::Ptr>();
}

namespace {

/// The error naming each unknown field, in the message and as a field error.
errors::ApiError unknownFieldsError(const std::vector<std::string>& names)
{
    std::string list;
    for (const auto& name : names) {
        list += list.empty() ? name : ", " + name;
    }
    errors::ApiError error(errors::ErrorCode::UnknownField, "Unknown field(s): " + list);
    for (const auto& name : names) {
        error.withField(name, "is not accepted here");
    }
    return error;
}

} // namespace

void JsonBody::finish() const
{
    std::vector<std::string> unknown;
    for (const auto& name : object_->getNames()) {
        if (!known_.contains(name)) {
            unknown.push_back(name);
        }
    }
    if (!unknown.empty()) {
        throw unknownFieldsError(unknown);
    }
}

} // namespace aih::http
