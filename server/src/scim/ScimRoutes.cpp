// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimRoutes.h"

#include "aih/Plans.h"
#include "errors/ApiError.h"
#include "http/ErrorStatus.h"
#include "http/RequestContext.h"
#include "scim/ScimDiscovery.h"
#include "scim/ScimError.h"
#include "scim/ScimResources.h"

#include <Poco/JSON/Array.h>
#include <Poco/String.h>
#include <Poco/UUID.h>
#include <charconv>
#include <sstream>

namespace aih::scim {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

constexpr const char* mediaType = "application/scim+json";

Response scimJson(int status, const Poco::JSON::Object::Ptr& object)
{
    std::ostringstream out;
    object->stringify(out);
    return Response::text(status, out.str(), mediaType);
}

Response scimError(int status, const std::string& scimType, const std::string& detail)
{
    Poco::JSON::Object::Ptr error = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    Poco::JSON::Array::Ptr schemas = new Poco::JSON::Array;
    schemas->add(std::string(errorSchema));
    error->set("schemas", schemas);
    error->set("status", std::to_string(status));
    if (!scimType.empty()) {
        error->set("scimType", scimType);
    }
    error->set("detail", detail);
    return scimJson(status, error);
}

/// The tenant the request's SCIM token belongs to.
std::string authenticate(const RequestContext& ctx, ScimTokenService& tokens)
{
    const auto& authorization = ctx.header("Authorization");
    const std::string scheme = "bearer ";
    if (authorization.size() <= scheme.size() ||
        Poco::icompare(authorization.substr(0, scheme.size()), scheme) != 0) {
        throw ScimError(401, "", "A SCIM bearer token is required.");
    }
    const auto tenant = tokens.tenantOf(Poco::trim(authorization.substr(scheme.size())));
    if (!tenant) {
        throw ScimError(401, "", "The SCIM token is not valid.");
    }
    return *tenant;
}

Poco::JSON::Object::Ptr body(const RequestContext& ctx)
{
    const auto type = Poco::toLower(ctx.header("Content-Type"));
    if (type.rfind(mediaType, 0) != 0 && type.rfind("application/json", 0) != 0) {
        throw ScimError(415, "", "Send the body as application/scim+json.");
    }
    return parseScimBody(ctx.body);
}

std::size_t positive(const RequestContext& ctx, const char* name, std::size_t fallback)
{
    const auto text = ctx.queryValue(name);
    if (!text) {
        return fallback;
    }
    long long value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size()) {
        throw ScimError(400, "invalidValue", std::string(name) + " must be an integer");
    }
    // RFC 7644 §3.4.2.4: below 1 is taken as 1 (startIndex) or 0 (count).
    return value < 0 ? 0 : static_cast<std::size_t>(value);
}

ListQuery listQuery(const RequestContext& ctx)
{
    ListQuery query;
    query.filter = ctx.queryValue("filter").value_or("");
    query.startIndex = std::max<std::size_t>(positive(ctx, "startIndex", 1), 1);
    query.count = positive(ctx, "count", 100);
    return query;
}

const std::string& resourceId(const RequestContext& ctx)
{
    const auto& id = ctx.param("id");
    Poco::UUID parsed;
    if (!parsed.tryParse(id)) {
        throw ScimError(404, "", "No such resource.");
    }
    return id;
}

template <typename Resource> Response listResponse(const ScimPage<Resource>& page, const std::string& baseUrl)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    Poco::JSON::Array::Ptr schemas = new Poco::JSON::Array;
    schemas->add(std::string(listSchema));
    out->set("schemas", schemas);
    out->set("totalResults", static_cast<long long>(page.totalResults));
    out->set("startIndex", static_cast<long long>(page.startIndex));
    out->set("itemsPerPage", static_cast<long long>(page.resources.size()));
    Poco::JSON::Array::Ptr resources = new Poco::JSON::Array;
    for (const auto& resource : page.resources) {
        resources->add(toJson(resource, baseUrl));
    }
    out->set("Resources", resources);
    return scimJson(200, out);
}

template <typename Resource>
Response created(const Resource& resource, const std::string& baseUrl, const char* collection)
{
    auto response = scimJson(201, toJson(resource, baseUrl));
    response.headers.emplace_back("Location", baseUrl + "/" + collection + "/" + resource.id);
    return response;
}

/// Runs a SCIM operation for the token's tenant; every refusal in SCIM's error form.
using Operation = std::function<Response(RequestContext&, const std::string& tenantId)>;

http::Handler scim(const ScimRouteParts& parts, const Operation& operation)
{
    return [&tokens = parts.tokens, &plans = parts.plans, operation](RequestContext& ctx) {
        try {
            const auto tenantId = authenticate(ctx, tokens);
            const auto plan = plans.get(tenantId);
            if (plan.suspended) {
                throw ScimError(403, "", "The tenant is suspended by the platform operator.");
            }
            if (!tierHasFeature(plan.tier, "sso")) {
                throw ScimError(403, "",
                                "The tenant's plan does not include provisioning; it needs Enterprise.");
            }
            return operation(ctx, tenantId);
        } catch (const ScimError& error) {
            auto response = scimError(error.status, error.scimType, error.what());
            if (error.status == 401) {
                response.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"scim\"");
            }
            return response;
        } catch (const errors::ApiError& error) {
            // The database or a limit below SCIM: its status, in SCIM's form.
            auto response = scimError(http::describe(error.code()).status, "", error.what());
            if (const auto wait = error.retryAfterSeconds()) {
                response.headers.emplace_back("Retry-After", std::to_string(*wait));
            }
            return response;
        }
    };
}

void addUserRoutes(http::Router& router, const ScimRouteParts& parts, const std::string& base)
{
    auto& service = parts.service;
    router.add({"GET", "/scim/v2/Users", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         return listResponse(service.listUsers(tenant, listQuery(ctx)), base);
                     }),
                "SCIM: list users (filter, startIndex, count)"});
    router.add({"POST", "/scim/v2/Users", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         return created(
                             service.createUser(tenant, userDraftOf(*body(ctx)), ctx.caller.origin), base,
                             "Users");
                     }),
                "SCIM: provision a user"});
    router.add({"GET", "/scim/v2/Users/{id}", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         return scimJson(200, toJson(service.getUser(tenant, resourceId(ctx)), base));
                     }),
                "SCIM: one user"});
    router.add({"PUT", "/scim/v2/Users/{id}", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         const auto& id = resourceId(ctx);
                         return scimJson(200, toJson(service.replaceUser(tenant, id, userDraftOf(*body(ctx)),
                                                                         ctx.caller.origin),
                                                     base));
                     }),
                "SCIM: replace a user"});
    router.add({"PATCH", "/scim/v2/Users/{id}", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         const auto& id = resourceId(ctx);
                         return scimJson(
                             200, toJson(service.patchUser(tenant, id, *body(ctx), ctx.caller.origin), base));
                     }),
                "SCIM: change a user (active=false ends their sessions and keys)"});
    router.add({"DELETE", "/scim/v2/Users/{id}", Access::Open, Role::User,
                scim(parts,
                     [&service](RequestContext& ctx, const std::string& tenant) {
                         service.deleteUser(tenant, resourceId(ctx), ctx.caller.origin);
                         return Response::noContent();
                     }),
                "SCIM: delete a user (deactivated and hidden from SCIM)"});
}

void addGroupRoutes(http::Router& router, const ScimRouteParts& parts, const std::string& base)
{
    auto& service = parts.service;
    router.add({"GET", "/scim/v2/Groups", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         return listResponse(service.listGroups(tenant, listQuery(ctx)), base);
                     }),
                "SCIM: list groups"});
    router.add({"POST", "/scim/v2/Groups", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         return created(
                             service.createGroup(tenant, groupDraftOf(*body(ctx)), ctx.caller.origin), base,
                             "Groups");
                     }),
                "SCIM: create a group"});
    router.add({"GET", "/scim/v2/Groups/{id}", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         return scimJson(200, toJson(service.getGroup(tenant, resourceId(ctx)), base));
                     }),
                "SCIM: one group"});
    router.add({"PUT", "/scim/v2/Groups/{id}", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         const auto& id = resourceId(ctx);
                         return scimJson(200,
                                         toJson(service.replaceGroup(tenant, id, groupDraftOf(*body(ctx)),
                                                                     ctx.caller.origin),
                                                base));
                     }),
                "SCIM: replace a group"});
    router.add({"PATCH", "/scim/v2/Groups/{id}", Access::Open, Role::User,
                scim(parts,
                     [&service, base](RequestContext& ctx, const std::string& tenant) {
                         const auto& id = resourceId(ctx);
                         return scimJson(
                             200,
                             toJson(service.patchGroup(tenant, id, *body(ctx), ctx.caller.origin), base));
                     }),
                "SCIM: change a group's name or members"});
    router.add({"DELETE", "/scim/v2/Groups/{id}", Access::Open, Role::User,
                scim(parts,
                     [&service](RequestContext& ctx, const std::string& tenant) {
                         service.deleteGroup(tenant, resourceId(ctx), ctx.caller.origin);
                         return Response::noContent();
                     }),
                "SCIM: delete a group"});
}

void addDiscoveryRoutes(http::Router& router, const std::string& base, const std::string& docs)
{
    // What the service offers holds nothing of any tenant: no token needed to read it.
    router.add({"GET", "/scim/v2/ServiceProviderConfig", Access::Open, Role::User,
                [base, docs](RequestContext&) { return scimJson(200, serviceProviderConfig(base, docs)); },
                "SCIM: what this service supports"});
    router.add({"GET", "/scim/v2/Schemas", Access::Open, Role::User,
                [base](RequestContext&) { return scimJson(200, schemasList(base)); },
                "SCIM: the User and Group schemas"});
    router.add({"GET", "/scim/v2/ResourceTypes", Access::Open, Role::User,
                [base](RequestContext&) { return scimJson(200, resourceTypesList(base)); },
                "SCIM: the User and Group resource types"});
}

void addTokenRoutes(http::Router& router, ScimTokenService& tokens, const std::string& base)
{
    router.add({"GET", "/api/enterprise/sso/scim-token", Access::Session, Role::Admin,
                [&tokens, base](RequestContext& ctx) {
                    const auto status = tokens.status(ctx.caller);
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("configured", status.createdAt.has_value());
                    out->set("created_at",
                             status.createdAt ? Poco::Dynamic::Var(*status.createdAt) : Poco::Dynamic::Var());
                    out->set("base_url", base);
                    return Response::json(200, out);
                },
                "Whether the tenant has a SCIM token, and the SCIM base URL", "sso"});
    router.add({"POST", "/api/enterprise/sso/scim-token", Access::Session, Role::Admin,
                [&tokens, base](RequestContext& ctx) {
                    const auto created = tokens.rotate(ctx.caller);
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("token", created.token);
                    out->set("created_at", created.createdAt);
                    out->set("base_url", base);
                    return Response::json(201, out);
                },
                "A new SCIM token, shown once; the old one stops", "sso"});
}

} // namespace

void addScimRoutes(http::Router& router, const ScimRouteParts& parts)
{
    const auto base = parts.publicUrl + "/scim/v2";
    addUserRoutes(router, parts, base);
    addGroupRoutes(router, parts, base);
    addDiscoveryRoutes(router, base, parts.publicUrl + "/api/docs");
    addTokenRoutes(router, parts.tokens, base);
}

} // namespace aih::scim
