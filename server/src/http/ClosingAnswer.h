// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "errors/ApiError.h"

#include <string>

namespace aih::http {

/// The complete bytes of a problem+json answer that ends its connection (`Connection: close`),
/// for the connection layer to write straight to a socket when there is no request to route:
/// the server at capacity, or a request too malformed to parse.
std::string closingAnswer(const errors::ApiError& error);

} // namespace aih::http
