// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace aih::http {

/// A request's JSON object body, read field by field. Every accessor marks its field as known;
/// `finish()` refuses the body if it carried any field nobody asked for, so a client can never
/// set a column through a body that does not own it (no mass assignment).
class JsonBody
{
public:
    /// Parses `text` within JsonLimits; the body must be a JSON object.
    static JsonBody parse(std::string_view text);

    std::string requiredString(const std::string& field, std::size_t maxLength = 1024);
    std::optional<std::string> optionalString(const std::string& field, std::size_t maxLength = 1024);
    std::optional<bool> optionalBool(const std::string& field);
    std::optional<long long> optionalInteger(const std::string& field);
    /// For fields a PATCH can clear: nullopt when absent, an empty value when `null`.
    std::optional<std::optional<long long>> optionalNullableInteger(const std::string& field);
    std::optional<std::optional<std::string>> optionalNullableString(const std::string& field,
                                                                     std::size_t maxLength = 1024);
    /// An array of strings, at most `maxItems` of at most `maxLength` bytes each.
    std::optional<std::vector<std::string>>
    optionalStringArray(const std::string& field, std::size_t maxItems = 16, std::size_t maxLength = 64);
    /// An array of whole numbers, at most `maxItems` of them, each from `min` to `max`.
    std::optional<std::vector<int>> optionalIntegerArray(const std::string& field, std::size_t maxItems,
                                                         int min, int max);
    /// The same for a field a PATCH can clear with `null`.
    std::optional<std::optional<std::vector<std::string>>>
    optionalNullableStringArray(const std::string& field, std::size_t maxItems = 16,
                                std::size_t maxLength = 64);
    Poco::JSON::Object::Ptr optionalObject(const std::string& field);

    /// Throws 400 `unknown_field` naming every field no accessor read.
    void finish() const;

private:
    explicit JsonBody(Poco::JSON::Object::Ptr object);
    Poco::Dynamic::Var fieldValue(const std::string& field);

    Poco::JSON::Object::Ptr object_;
    std::set<std::string> known_;
};

} // namespace aih::http
