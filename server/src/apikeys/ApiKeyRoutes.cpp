// SPDX-License-Identifier: Apache-2.0
#include "apikeys/ApiKeyRoutes.h"

#include "apikeys/ApiKeyJson.h"
#include "http/QueryParams.h"
#include "http/RequestBody.h"

#include <Poco/JSON/Array.h>

namespace aih::apikeys {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

Response issued(int status, const IssuedKey& result)
{
    auto out = toJson(result.key);
    out->set("key", result.secret);
    out->set("warning", "Store this key now: it is shown only once and cannot be recovered.");
    return Response::json(status, out);
}

} // namespace

void addApiKeyRoutes(http::Router& router, ApiKeyService& service)
{
    router.add({"GET", "/api/enterprise/api-keys", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    const bool all = http::booleanParam(ctx, "all").value_or(false);
                    const auto page =
                        service.list(ctx.caller, all, http::pageLimitOf(ctx), ctx.queryValue("cursor"));
                    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
                    for (const auto& key : page.keys) {
                        data->add(toJson(key));
                    }
                    return Response::json(200, http::listPage(data, page.nextCursor));
                },
                "List own API keys (admins and managers: ?all=true for the tenant's)"});

    router.add({"POST", "/api/enterprise/api-keys", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    auto body = http::jsonBodyOf(ctx);
                    NewApiKey request;
                    request.name = body.requiredString("name", 100);
                    request.scopes = body.optionalStringArray("scopes", 3, 16).value_or(request.scopes);
                    request.rateLimit = body.optionalInteger("rate_limit");
                    request.expiresAt = body.optionalString("expires_at", 40);
                    request.mode = body.optionalString("mode", 8).value_or("live");
                    request.allowedIps = body.optionalStringArray("allowed_ips", 32, 50);
                    request.burstLimit = body.optionalInteger("burst_limit");
                    body.finish();
                    return issued(201, service.create(ctx.caller, request));
                },
                "Create an API key (plan feature api_access); the key is shown once"});

    router.add({"POST", "/api/enterprise/api-keys/{id}/rotate", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::optionalJsonBodyOf(ctx);
                    const auto grace = body.optionalInteger("grace_seconds").value_or(0);
                    body.finish();
                    return issued(200, service.rotate(ctx.caller, id, grace));
                },
                "Issue a new secret; the old one works for grace_seconds (0 to 7 days)"});

    router.add({"PATCH", "/api/enterprise/api-keys/{id}", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    const auto& id = http::uuidParam(ctx, "id");
                    auto body = http::jsonBodyOf(ctx);
                    KeyChanges changes;
                    changes.name = body.optionalString("name", 100);
                    changes.scopes = body.optionalStringArray("scopes", 3, 16);
                    changes.rateLimit = body.optionalInteger("rate_limit");
                    changes.expiresAt = body.optionalNullableString("expires_at", 40);
                    changes.allowedIps = body.optionalNullableStringArray("allowed_ips", 32, 50);
                    changes.burstLimit = body.optionalNullableInteger("burst_limit");
                    body.finish();
                    return Response::json(200, toJson(service.update(ctx.caller, id, changes)));
                },
                "Rename a key or change its scopes, rate limit, expiry or allowed networks"});

    // An admin must be able to revoke an abused key even when the tenant's limit is used up.
    router.add({"DELETE", "/api/enterprise/api-keys/{id}", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    service.revoke(ctx.caller, http::uuidParam(ctx, "id"));
                    return Response::noContent();
                },
                "Revoke a key at once, on every instance", "", http::LimitBucket::AdminRecovery});
}

} // namespace aih::apikeys
