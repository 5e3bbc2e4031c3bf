// SPDX-License-Identifier: Apache-2.0
#include "users/UserRoutes.h"

#include "errors/ApiError.h"
#include "http/QueryParams.h"
#include "http/RequestBody.h"
#include "users/UserJson.h"

#include <Poco/JSON/Array.h>

namespace aih::users {
namespace {

using errors::ApiError;
using http::Access;
using http::RequestContext;
using http::Response;

std::optional<Role> roleField(http::JsonBody& body)
{
    const auto text = body.optionalString("role", 16);
    if (!text) {
        return std::nullopt;
    }
    const auto role = roleFromName(*text);
    if (!role) {
        throw ApiError::validation("role", "must be admin, manager or user");
    }
    return role;
}

} // namespace

void addUserRoutes(http::Router& router, UserService& service)
{
    // Listing, changing and deactivating users is how an admin stops a member who used up the
    // tenant's limit, so admins reach them through their own bucket (LimitBucket::AdminRecovery).
    router.add({"GET", "/api/enterprise/admin/users", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    const auto page =
                        service.list(ctx.caller, http::pageLimitOf(ctx), ctx.queryValue("cursor"));
                    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
                    for (const auto& user : page.users) {
                        data->add(toJson(user));
                    }
                    return Response::json(200, http::listPage(data, page.nextCursor));
                },
                "List the tenant's users", "", http::LimitBucket::AdminRecovery});

    router.add({"POST", "/api/enterprise/admin/users", Access::Member, Role::Manager,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    NewUser request;
                    request.email = body.requiredString("email", 254);
                    request.name = body.optionalString("name", 255).value_or("");
                    request.role = roleField(body).value_or(Role::User);
                    request.password = body.optionalString("password", 256);
                    body.finish();
                    return Response::json(201, toJson(service.create(ctx.caller, request)));
                },
                "Create a user (managers: role user only); plan user_limit applies"});

    router.add({"PATCH", "/api/enterprise/admin/users/{id}", Access::Member, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    UserChange change;
                    change.role = roleField(body);
                    change.active = body.optionalBool("active");
                    body.finish();
                    return Response::json(200, toJson(service.change(ctx.caller, id, change)));
                },
                "Change a user's role or active flag", "", http::LimitBucket::AdminRecovery});

    router.add({"DELETE", "/api/enterprise/admin/users/{id}", Access::Member, Role::Admin,
                [&service](RequestContext& ctx) {
                    service.change(ctx.caller, http::uuidParam(ctx, "id"), {std::nullopt, false});
                    return Response::noContent();
                },
                "Deactivate a user: sessions end at once", "", http::LimitBucket::AdminRecovery});
}

} // namespace aih::users
