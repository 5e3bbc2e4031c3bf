// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace aih::errors {

/// Every failure a client can see, in the domain's terms. The one table in http/ErrorStatus.cpp
/// maps each to its HTTP status, stable `code` string and title; nothing else decides statuses.
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
    InvalidToken,
    EmailUnverified,
    MfaEnrollmentRequired,
    PaymentProviderError,
    SsoRequired,
    TenantSuspended,
    IdentityProviderError,
    ServiceUnavailable,
    RequestTimeout,
    UriTooLong,
    HeaderFieldsTooLarge,
    ExportsBusy,
    Internal,
};

} // namespace aih::errors
