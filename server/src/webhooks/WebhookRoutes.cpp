// SPDX-License-Identifier: Apache-2.0
#include "webhooks/WebhookRoutes.h"

#include "http/QueryParams.h"
#include "http/RequestBody.h"
#include "webhooks/WebhookJson.h"

#include <Poco/JSON/Array.h>

namespace aih::webhooks {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

// Webhooks are how programs follow a tenant's events: they come with API access.
constexpr const char* feature = "api_access";
constexpr const char* base = "/api/enterprise/webhooks";

EndpointFields fieldsOf(http::JsonBody& body)
{
    EndpointFields fields;
    fields.url = body.optionalString("url", 2048);
    fields.description = body.optionalString("description", 255);
    fields.eventTypes = body.optionalStringArray("event_types", 32, 64);
    fields.enabled = body.optionalBool("enabled");
    body.finish();
    return fields;
}

Response withSecret(int status, const EndpointWithSecret& result)
{
    auto out = toJson(result.endpoint);
    out->set("secret", result.secret);
    return Response::json(status, out);
}

std::string path(const char* tail)
{
    return std::string(base) + tail;
}

} // namespace

void addWebhookRoutes(http::Router& router, WebhookEndpointService& service)
{
    router.add({"GET", base, Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
                    for (const auto& endpoint : service.list(ctx.caller)) {
                        data->add(toJson(endpoint));
                    }
                    return Response::json(200, http::listPage(data, std::nullopt));
                },
                "The tenant's webhook endpoints", feature});
    router.add({"POST", base, Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    return withSecret(201, service.create(ctx.caller, fieldsOf(body)));
                },
                "Add a webhook endpoint; its signing secret is shown once", feature});
    router.add({"GET", path("/{id}"), Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    return Response::json(200, toJson(service.get(ctx.caller, http::uuidParam(ctx, "id"))));
                },
                "One webhook endpoint", feature});
    router.add({"PATCH", path("/{id}"), Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    return Response::json(200, toJson(service.update(ctx.caller, id, fieldsOf(body))));
                },
                "Change an endpoint's URL, event types or description; enable or disable it", feature});
    router.add({"DELETE", path("/{id}"), Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    service.remove(ctx.caller, http::uuidParam(ctx, "id"));
                    return Response::noContent();
                },
                "Delete an endpoint; its pending deliveries go with it", feature});
    router.add({"POST", path("/{id}/rotate-secret"), Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::optionalJsonBodyOf(ctx);
                    const auto grace = body.optionalInteger("grace_seconds").value_or(0);
                    body.finish();
                    return withSecret(200, service.rotateSecret(ctx.caller, id, grace));
                },
                "A new signing secret; the old one also signs for grace_seconds (0 to 7 days)", feature});
    router.add({"GET", path("/{id}/deliveries"), Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    const auto status = http::choiceParam(ctx, "status", {"pending", "succeeded", "failed"});
                    const auto page = service.deliveries(ctx.caller, id, status, http::pageLimitOf(ctx),
                                                         ctx.queryValue("cursor"));
                    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
                    for (const auto& delivery : page.deliveries) {
                        data->add(toJson(delivery));
                    }
                    return Response::json(200, http::listPage(data, page.nextCursor));
                },
                "An endpoint's delivery log, newest first", feature});
    router.add({"POST", path("/deliveries/{id}/replay"), Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    return Response::json(202,
                                          toJson(service.replay(ctx.caller, http::uuidParam(ctx, "id"))));
                },
                "Send a delivery's event to its endpoint again", feature});
}

} // namespace aih::webhooks
