// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoRoutes.h"

#include "auth/SignedInJson.h"
#include "errors/ApiError.h"
#include "http/FormBody.h"
#include "http/RequestBody.h"
#include "sso/SsoConnectionJson.h"
#include "sso/SsoDomainJson.h"

#include <Poco/JSON/Array.h>
#include <Poco/UUID.h>

namespace aih::sso {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

constexpr const char* feature = "sso";

/// The application's loopback return and PKCE challenge, as the start bodies carry them.
AppReturn appReturnOf(http::JsonBody& body)
{
    AppReturn app;
    app.redirectUri = body.requiredString("redirect_uri", 512);
    app.clientState = body.optionalString("state", 256).value_or("");
    app.codeChallenge = body.requiredString("code_challenge", 64);
    if (const auto method = body.optionalString("code_challenge_method", 10); method && *method != "S256") {
        throw errors::ApiError::validation("code_challenge_method", "must be S256");
    }
    return app;
}

Poco::JSON::Object::Ptr startedJson(const SsoStarted& started)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("redirect_url", started.redirectUrl);
    out->set("expires_in", started.expiresIn);
    return out;
}

void addConnectionRoutes(http::Router& router, SsoConnectionService& service, const SsoEndpoints& endpoints)
{
    router.add({"GET", "/api/enterprise/sso/connections", Access::Session, Role::Admin,
                [&service, endpoints](RequestContext& ctx) {
                    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
                    for (const auto& connection : service.list(ctx.caller)) {
                        items->add(toJson(connection, endpoints));
                    }
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("connections", items);
                    return Response::json(200, out);
                },
                "The tenant's single sign-on connections", feature});
    router.add({"POST", "/api/enterprise/sso/connections", Access::Session, Role::Admin,
                [&service, endpoints](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto fields = connectionFieldsOf(body);
                    return Response::json(201, toJson(service.create(ctx.caller, fields), endpoints));
                },
                "Add an OpenID Connect connection", feature});
    router.add({"GET", "/api/enterprise/sso/connections/{id}", Access::Session, Role::Admin,
                [&service, endpoints](RequestContext& ctx) {
                    return Response::json(
                        200, toJson(service.get(ctx.caller, http::uuidParam(ctx, "id")), endpoints));
                },
                "One connection", feature});
    router.add({"PATCH", "/api/enterprise/sso/connections/{id}", Access::Session, Role::Admin,
                [&service, endpoints](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    const auto fields = connectionFieldsOf(body);
                    return Response::json(200, toJson(service.update(ctx.caller, id, fields), endpoints));
                },
                "Change a connection: provider, role mapping, require SSO", feature});
    router.add({"DELETE", "/api/enterprise/sso/connections/{id}", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    service.remove(ctx.caller, http::uuidParam(ctx, "id"));
                    return Response::noContent();
                },
                "Remove a connection and the accounts linked through it", feature});
}

void addTestRoutes(http::Router& router, SsoSignInService& service)
{
    router.add({"POST", "/api/enterprise/sso/connections/{id}/test", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    const auto app = appReturnOf(body);
                    body.finish();
                    return Response::json(200, startedJson(service.startTest(ctx.caller, id, app)));
                },
                "Test a connection: the sign-in flow, reporting what the provider sent", feature});
    router.add({"POST", "/api/enterprise/sso/connections/{id}/test/result", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    const auto code = body.requiredString("code", 128);
                    const auto verifier = body.requiredString("code_verifier", 128);
                    body.finish();
                    return Response::json(200, service.testResult(ctx.caller, id, code, verifier));
                },
                "What the provider sent in a test, and the role it maps to", feature});
}

void addDomainRoutes(http::Router& router, SsoDomainService& service)
{
    router.add({"GET", "/api/enterprise/sso/domains", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
                    for (const auto& domain : service.list(ctx.caller)) {
                        items->add(toJson(domain));
                    }
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("domains", items);
                    return Response::json(200, out);
                },
                "The email domains claimed for single sign-on", feature});
    router.add({"POST", "/api/enterprise/sso/domains", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto domain = body.requiredString("domain", 300);
                    const auto connectionId = body.optionalString("connection_id", 36).value_or("");
                    body.finish();
                    Poco::UUID parsed;
                    if (!connectionId.empty() && !parsed.tryParse(connectionId)) {
                        throw errors::ApiError::validation("connection_id", "must be a connection id");
                    }
                    return Response::json(201, toJson(service.claim(ctx.caller, domain, connectionId)));
                },
                "Claim an email domain: pending, with a DNS TXT record to publish", feature});
    router.add({"POST", "/api/enterprise/sso/domains/{id}/verify", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    return Response::json(200,
                                          toJson(service.verify(ctx.caller, http::uuidParam(ctx, "id"))));
                },
                "Look the TXT record up; once found, the domain is the tenant's", feature});
    router.add({"DELETE", "/api/enterprise/sso/domains/{id}", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    service.remove(ctx.caller, http::uuidParam(ctx, "id"));
                    return Response::noContent();
                },
                "Give an email domain up", feature});
}

void addSignInRoutes(http::Router& router, SsoSignInService& service)
{
    router.add({"POST", "/api/auth/sso/start", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    SsoStart start;
                    start.email = body.optionalString("email", 254).value_or("");
                    start.tenantKey = body.optionalString("tenant", 100).value_or("");
                    start.connectionId = body.optionalString("connection_id", 36).value_or("");
                    start.app = appReturnOf(body);
                    body.finish();
                    Poco::UUID parsed;
                    if (!start.connectionId.empty() && !parsed.tryParse(start.connectionId)) {
                        throw errors::ApiError::validation("connection_id", "must be a connection id");
                    }
                    start.origin = ctx.caller.origin;
                    return Response::json(200, startedJson(service.start(start)));
                },
                "Start a single sign-on: where to send the browser"});
    router.add({"GET", "/api/auth/sso/oidc/callback", Access::Open, Role::User,
                [&service](RequestContext& ctx) {
                    ProviderAnswer answer;
                    answer.state = ctx.queryValue("state").value_or("");
                    answer.code = ctx.queryValue("code").value_or("");
                    answer.error = ctx.queryValue("error").value_or("");
                    answer.issuer = ctx.queryValue("iss").value_or("");
                    answer.origin = ctx.caller.origin;
                    return Response::seeOther(service.finish(answer));
                },
                "The identity provider returns the browser here"});
    router.add({"POST", "/api/auth/sso/saml/acs", Access::Open, Role::User,
                [&service](RequestContext& ctx) {
                    // A SAMLResponse is several kilobytes of base64; a large one with many
                    // groups stays well under the body limit.
                    const auto fields =
                        http::formFields(ctx, {"SAMLResponse", "RelayState"}, std::size_t{512} * 1024);
                    if (!fields) {
                        throw errors::ApiError::validation(
                            "SAMLResponse", "must come as a form with SAMLResponse and RelayState");
                    }
                    ProviderAnswer answer;
                    answer.samlResponse = fields->contains("SAMLResponse") ? fields->at("SAMLResponse") : "";
                    // Without a RelayState the answer is unsolicited (IdP-initiated), which is
                    // refused: it would let anyone's assertion sign a browser in.
                    answer.state = fields->contains("RelayState") ? fields->at("RelayState") : "";
                    answer.origin = ctx.caller.origin;
                    return Response::seeOther(service.finish(answer));
                },
                "The identity provider posts its SAML answer here"});
    router.add({"GET", "/api/auth/sso/saml/metadata/{connection}", Access::Open, Role::User,
                [&service](RequestContext& ctx) {
                    const auto metadata = service.samlMetadata(http::uuidParam(ctx, "connection"));
                    if (!metadata) {
                        throw errors::ApiError(errors::ErrorCode::NotFound, "No such SAML connection.");
                    }
                    return Response::text(200, *metadata, "application/samlmetadata+xml");
                },
                "A SAML connection's service-provider metadata"});
    router.add({"POST", "/api/auth/sso/token", Access::Public, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    const auto code = body.requiredString("code", 128);
                    const auto verifier = body.requiredString("code_verifier", 128);
                    body.finish();
                    return Response::json(200,
                                          auth::toJson(service.redeem(code, verifier, ctx.caller.origin)));
                },
                "Exchange the sign-in's code and PKCE verifier for a session"});
}

} // namespace

void addSsoRoutes(http::Router& router, const SsoServices& services)
{
    addConnectionRoutes(router, services.connections, services.signIn.endpoints());
    addTestRoutes(router, services.signIn);
    addDomainRoutes(router, services.domains);
    addSignInRoutes(router, services.signIn);
}

} // namespace aih::sso
