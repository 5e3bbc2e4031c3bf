// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::http {

/// The current time as an HTTP `Date` value (RFC 9110 5.6.7), formatted once a second per
/// thread rather than once a response.
const std::string& httpDateNow();

} // namespace aih::http
