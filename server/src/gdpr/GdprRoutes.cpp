// SPDX-License-Identifier: Apache-2.0
#include "gdpr/GdprRoutes.h"

#include "gdpr/ErasureJson.h"
#include "http/RequestBody.h"

namespace aih::gdpr {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

} // namespace

void addGdprRoutes(http::Router& router, GdprService& service)
{
    router.add({"GET", "/api/enterprise/gdpr/users/{id}/export", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto response =
                        Response::streamed(200, "application/json", service.exportUser(ctx.caller, id));
                    response.headers.emplace_back("Content-Disposition",
                                                  "attachment; filename=\"personal-data-" + id + ".json\"");
                    return response;
                },
                "All personal data held about a user (the user themself, or an admin)", "",
                http::LimitBucket::Shared, true});

    router.add({"POST", "/api/enterprise/gdpr/users/{id}/erase", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    http::optionalJsonBodyOf(ctx).finish();
                    return Response::json(200, toJson(service.erase(ctx.caller, id)));
                },
                "Erase a user's personal data; their audit entries stay, pseudonymised"});
}

} // namespace aih::gdpr
