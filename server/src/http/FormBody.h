// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/RequestContext.h"

#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace aih::http {

/// The fields of an `application/x-www-form-urlencoded` body, each named in `allowed` at most
/// once and at most `maxFieldBytes` long; nothing when the body is not such a form or holds
/// anything else.
std::optional<std::map<std::string, std::string>> formFields(const RequestContext& ctx,
                                                             std::initializer_list<std::string_view> allowed,
                                                             std::size_t maxFieldBytes = 1024);

} // namespace aih::http
