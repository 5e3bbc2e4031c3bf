// SPDX-License-Identifier: Apache-2.0
#include "http/ErrorStatus.h"

#include <array>

namespace aih::http {

using errors::ErrorCode;

namespace {

struct Row
{
    ErrorCode code;
    ErrorDescription description;
};

// Ordered like the enum so lookup is an index; TestErrorCodes checks that every row lines up.
constexpr std::array<Row, 31> errorTable{{
    {ErrorCode::MalformedRequest, {400, "malformed_request", "Malformed request"}},
    {ErrorCode::MalformedJson, {400, "malformed_json", "Malformed JSON body"}},
    {ErrorCode::UnknownField, {400, "unknown_field", "Unknown field in request body"}},
    {ErrorCode::Unauthenticated, {401, "unauthenticated", "Authentication required"}},
    {ErrorCode::InvalidCredentials, {401, "invalid_credentials", "Invalid credentials"}},
    {ErrorCode::Forbidden, {403, "forbidden", "Not allowed"}},
    {ErrorCode::TenantMismatch, {403, "tenant_mismatch", "Credential belongs to another tenant"}},
    {ErrorCode::NotFound, {404, "not_found", "Not found"}},
    {ErrorCode::MethodNotAllowed, {405, "method_not_allowed", "Method not allowed"}},
    {ErrorCode::Conflict, {409, "conflict", "Conflict"}},
    {ErrorCode::LastAdmin, {409, "last_admin", "The tenant must keep an active admin"}},
    {ErrorCode::PlanLimit, {402, "plan_limit", "Plan limit reached"}},
    {ErrorCode::FeatureNotInPlan, {402, "feature_not_in_plan", "Feature not in plan"}},
    {ErrorCode::PayloadTooLarge, {413, "payload_too_large", "Request body too large"}},
    {ErrorCode::UnsupportedMediaType, {415, "unsupported_media_type", "Unsupported media type"}},
    {ErrorCode::ValidationFailed, {422, "validation_failed", "Validation failed"}},
    {ErrorCode::RateLimited, {429, "rate_limited", "Too many requests"}},
    {ErrorCode::InvalidSignature, {400, "invalid_signature", "Signature verification failed"}},
    {ErrorCode::InvalidToken, {400, "invalid_token", "The link is not valid"}},
    {ErrorCode::EmailUnverified, {403, "email_unverified", "The email address is not confirmed yet"}},
    {ErrorCode::MfaEnrollmentRequired,
     {403, "mfa_enrollment_required", "Two-factor authentication must be set up first"}},
    {ErrorCode::PaymentProviderError,
     {502, "payment_provider_error", "The payment provider refused the request"}},
    {ErrorCode::SsoRequired, {403, "sso_required", "This account signs in through single sign-on"}},
    {ErrorCode::TenantSuspended, {403, "tenant_suspended", "The tenant is suspended"}},
    {ErrorCode::IdentityProviderError,
     {502, "identity_provider_error", "The identity provider could not be used"}},
    {ErrorCode::ServiceUnavailable, {503, "service_unavailable", "Service temporarily unavailable"}},
    {ErrorCode::RequestTimeout, {408, "request_timeout", "The request took too long to arrive"}},
    {ErrorCode::UriTooLong, {414, "uri_too_long", "Request target too long"}},
    {ErrorCode::HeaderFieldsTooLarge, {431, "header_fields_too_large", "Request header fields too large"}},
    {ErrorCode::ExportsBusy, {503, "exports_busy", "Too many exports running"}},
    {ErrorCode::Internal, {500, "internal_error", "Internal server error"}},
}};

} // namespace

const ErrorDescription& describe(ErrorCode code)
{
    const auto index = static_cast<std::size_t>(code);
    if (index < errorTable.size() && errorTable[index].code == code) {
        return errorTable[index].description;
    }
    return errorTable.back().description;
}

} // namespace aih::http
