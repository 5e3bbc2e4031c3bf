// SPDX-License-Identifier: Apache-2.0
#include "http/QueryParams.h"

#include "aih/Validation.h"
#include "errors/ApiError.h"
#include "time/Rfc3339.h"

#include <charconv>

namespace aih::http {

void refuseQueryParam(const std::string& name, const std::string& message)
{
    throw errors::ApiError::validation(name, message);
}

std::optional<std::int64_t> integerParam(const RequestContext& ctx, const std::string& name, std::int64_t min,
                                         std::int64_t max)
{
    const auto text = ctx.queryValue(name);
    if (!text) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || value < min || value > max) {
        refuseQueryParam(name,
                         "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return value;
}

std::optional<bool> booleanParam(const RequestContext& ctx, const std::string& name)
{
    const auto value = choiceParam(ctx, name, {"true", "false"});
    return value ? std::optional<bool>(*value == "true") : std::nullopt;
}

std::optional<std::string> choiceParam(const RequestContext& ctx, const std::string& name,
                                       std::initializer_list<std::string_view> choices)
{
    auto text = ctx.queryValue(name);
    if (!text) {
        return std::nullopt;
    }
    std::string listed;
    for (const auto choice : choices) {
        if (*text == choice) {
            return text;
        }
        listed += (listed.empty() ? "" : ", ") + std::string(choice);
    }
    refuseQueryParam(name, "must be one of " + listed);
}

std::optional<std::string> uuidQueryParam(const RequestContext& ctx, const std::string& name)
{
    auto text = ctx.queryValue(name);
    if (text && !isUuid(*text)) {
        refuseQueryParam(name, "must be an id (UUID)");
    }
    return text;
}

std::optional<std::int64_t> timestampParam(const RequestContext& ctx, const std::string& name)
{
    const auto text = ctx.queryValue(name);
    if (!text) {
        return std::nullopt;
    }
    const auto parsed = time::parseRfc3339(*text);
    if (!parsed.micros) {
        refuseQueryParam(name, parsed.failure == time::ParseFailure::Malformed
                                   ? "must be an RFC 3339 date-time such as 2026-11-24T10:00:00Z"
                                   : "must be a valid date-time after 1970");
    }
    return parsed.micros;
}

int pageLimitOf(const RequestContext& ctx)
{
    constexpr int defaultLimit = 50;
    constexpr int maxLimit = 200;
    return static_cast<int>(integerParam(ctx, "limit", 1, maxLimit).value_or(defaultLimit));
}

} // namespace aih::http
