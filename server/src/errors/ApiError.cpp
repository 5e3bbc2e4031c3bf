// SPDX-License-Identifier: Apache-2.0
#include "errors/ApiError.h"

namespace aih::errors {

ApiError::ApiError(ErrorCode code, std::string detail)
    : std::runtime_error(detail), code_(code), detail_(std::move(detail))
{
}

ApiError ApiError::validation(std::string field, std::string message)
{
    ApiError error(ErrorCode::ValidationFailed, "The request has invalid fields.");
    error.withField(std::move(field), std::move(message));
    return error;
}

ApiError& ApiError::withField(std::string field, std::string message) &
{
    fieldErrors_.push_back({std::move(field), std::move(message)});
    return *this;
}

ApiError& ApiError::withExtension(std::string key, std::string value) &
{
    extensions_[std::move(key)] = std::move(value);
    return *this;
}

ApiError& ApiError::withRetryAfter(int seconds) &
{
    retryAfter_ = seconds;
    return *this;
}

ApiError& ApiError::withHeaders(std::vector<std::pair<std::string, std::string>> headers) &
{
    headers_ = std::move(headers);
    return *this;
}

} // namespace aih::errors
