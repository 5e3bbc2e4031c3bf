// SPDX-License-Identifier: Apache-2.0
#include "auth/MfaRoutes.h"

#include "auth/SignedInJson.h"
#include "http/RequestBody.h"

#include <Poco/JSON/Array.h>

namespace aih::auth {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

/// A six-digit code or a recovery code as typed (with its dash and spaces).
constexpr std::size_t maxCodeLength = 32;
constexpr std::size_t maxTokenLength = 128;

} // namespace

void addMfaRoutes(http::Router& router, MfaService& service)
{
    router.add({"POST", "/api/auth/mfa/totp", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    const auto enrolment = service.enrol(ctx.caller);
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("otpauth_uri", enrolment.otpauthUri);
                    out->set("secret", enrolment.secret);
                    Poco::JSON::Array::Ptr codes = new Poco::JSON::Array;
                    for (const auto& code : enrolment.recoveryCodes) {
                        codes->add(code);
                    }
                    out->set("recovery_codes", codes);
                    return Response::json(201, out);
                },
                "Start enrolling an authenticator app: its otpauth URI and ten recovery codes, shown once"});

    router.add({"POST", "/api/auth/mfa/totp/confirm", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto code = body.requiredString("code", maxCodeLength);
                    body.finish();
                    service.confirm(ctx.caller, code);
                    return Response::noContent();
                },
                "Confirm the enrolment with the app's first code; sign-in asks for a code from then on"});

    router.add({"DELETE", "/api/auth/mfa/totp", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto code = body.requiredString("code", maxCodeLength);
                    body.finish();
                    service.remove(ctx.caller, code);
                    return Response::noContent();
                },
                "Turn two-factor authentication off; a current code or an unused recovery code is required"});

    router.add({"POST", "/api/auth/login/mfa", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto token = body.requiredString("mfa_token", maxTokenLength);
                    const auto code = body.requiredString("code", maxCodeLength);
                    body.finish();
                    return Response::json(200,
                                          toJson(service.completeSignIn(token, code, ctx.caller.origin)));
                },
                "The second step of a sign-in: the mfa_token from login and a code or recovery code"});
}

} // namespace aih::auth
