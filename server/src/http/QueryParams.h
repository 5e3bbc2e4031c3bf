// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/RequestContext.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace aih::http {

// Query parameters read the one way the contract asks for: an absent parameter is nullopt (or
// the default), and a value that is malformed or out of range is a 422 `validation_failed` whose
// `errors` name the parameter, like a body field. 400 stays for a target that does not parse.

/// Throws that 422 for `name`; for the rules a single parameter cannot express (ranges, pairs).
[[noreturn]] void refuseQueryParam(const std::string& name, const std::string& message);

/// A whole number within [min, max].
std::optional<std::int64_t> integerParam(const RequestContext& ctx, const std::string& name, std::int64_t min,
                                         std::int64_t max);
/// `true` or `false`, nothing else.
std::optional<bool> booleanParam(const RequestContext& ctx, const std::string& name);
/// One of `choices`, spelt exactly.
std::optional<std::string> choiceParam(const RequestContext& ctx, const std::string& name,
                                       std::initializer_list<std::string_view> choices);
/// A UUID (an id to filter by, not a path: so a bad one is a 422, not a 404).
std::optional<std::string> uuidQueryParam(const RequestContext& ctx, const std::string& name);
/// An RFC 3339 date-time after 1970, as microseconds since the epoch.
std::optional<std::int64_t> timestampParam(const RequestContext& ctx, const std::string& name);

/// `?limit=` within 1..200 (default 50), as the contract's list conventions say.
int pageLimitOf(const RequestContext& ctx);

} // namespace aih::http
