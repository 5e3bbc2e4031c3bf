// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace aih::http {

/// Every failure a client can see. The one table in ErrorCode.cpp maps each to its HTTP status,
/// stable `code` string and title; nothing else decides statuses for errors.
enum class ErrorCode
{
    MalformedRequest,
    MalformedJson,
    UnknownField,
    Unauthenticated,
    InvalidCredentials,
    Forbidden,
    TenantMismatch,
    NotFound,
    MethodNotAllowed,
    Conflict,
    LastAdmin,
    PlanLimit,
    FeatureNotInPlan,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
    RateLimited,
    InvalidSignature,
    PaymentProviderError,
    ServiceUnavailable,
    Internal,
};

struct ErrorDescription
{
    int status;
    std::string_view code;
    std::string_view title;
};

const ErrorDescription& describe(ErrorCode code);

} // namespace aih::http
