// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "errors/ErrorCode.h"

#include <string_view>

namespace aih::http {

/// How a neutral error code is shown to HTTP clients.
struct ErrorDescription
{
    int status;
    std::string_view code;
    std::string_view title;
};

const ErrorDescription& describe(errors::ErrorCode code);

} // namespace aih::http
