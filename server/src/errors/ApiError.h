// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "errors/ErrorCode.h"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace aih::errors {

struct FieldError
{
    std::string field;
    std::string message;
};

/// The one exception type that reaches clients. Anything else thrown by a handler becomes a 500
/// whose message is logged but never sent.
class ApiError : public std::runtime_error
{
public:
    ApiError(ErrorCode code, std::string detail);

    static ApiError validation(std::string field, std::string message);

    ErrorCode code() const { return code_; }
    const std::string& detail() const { return detail_; }
    const std::vector<FieldError>& fieldErrors() const { return fieldErrors_; }
    /// Extra members of the problem document (e.g. `required_plan`), all strings.
    const std::map<std::string, std::string>& extensions() const { return extensions_; }
    std::optional<int> retryAfterSeconds() const { return retryAfter_; }
    /// Headers the error response carries besides the standard ones (e.g. rate-limit state).
    const std::vector<std::pair<std::string, std::string>>& headers() const { return headers_; }

    /// Each adds to the error and returns it; on a temporary (`throw ApiError(...).withX(...)`)
    /// they return it by value, so the thrown object is moved (nothrow), never copied.
    ApiError& withField(std::string field, std::string message) &;
    ApiError& withExtension(std::string key, std::string value) &;
    ApiError& withRetryAfter(int seconds) &;
    ApiError& withHeaders(std::vector<std::pair<std::string, std::string>> headers) &;
    ApiError withField(std::string field, std::string message) &&
    {
        return std::move(withField(std::move(field), std::move(message)));
    }
    ApiError withExtension(std::string key, std::string value) &&
    {
        return std::move(withExtension(std::move(key), std::move(value)));
    }
    ApiError withRetryAfter(int seconds) && { return std::move(withRetryAfter(seconds)); }
    ApiError withHeaders(std::vector<std::pair<std::string, std::string>> headers) &&
    {
        return std::move(withHeaders(std::move(headers)));
    }

private:
    ErrorCode code_;
    std::string detail_;
    std::vector<FieldError> fieldErrors_;
    std::map<std::string, std::string> extensions_;
    std::optional<int> retryAfter_;
    std::vector<std::pair<std::string, std::string>> headers_;
};
static_assert(std::is_nothrow_move_constructible_v<ApiError>);

} // namespace aih::errors
