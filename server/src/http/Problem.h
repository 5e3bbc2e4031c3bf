// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "errors/ApiError.h"
#include "http/Response.h"

#include <string>

namespace aih::http {

/// Renders an errors::ApiError as an RFC 9457 problem document; the only place error bodies are made.
Response problemResponse(const errors::ApiError& error, const std::string& requestId);

} // namespace aih::http
