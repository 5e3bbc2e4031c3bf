// SPDX-License-Identifier: Apache-2.0
#include "auth/SessionRoutes.h"

#include "http/RequestBody.h"

namespace aih::auth {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

Poco::JSON::Object::Ptr toJson(const LiveSession& session, const std::string& currentId)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", session.id);
    out->set("current", session.id == currentId);
    out->set("ip_address", session.ipAddress);
    out->set("user_agent", session.userAgent);
    out->set("created_at", session.createdAt);
    out->set("last_used_at", session.lastUsedAt);
    return out;
}

} // namespace

void addSessionRoutes(http::Router& router, SessionService& service)
{
    router.add({"GET", "/api/auth/sessions", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
                    for (const auto& session : service.list(ctx.caller)) {
                        data->add(toJson(session, ctx.principal.sessionId));
                    }
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("data", data);
                    return Response::json(200, out);
                },
                "One's own sessions that have not ended: device, address, last use"});

    router.add({"DELETE", "/api/auth/sessions/{id}", Access::Session, Role::User,
                [&service](RequestContext& ctx) {
                    service.end(ctx.caller, http::uuidParam(ctx, "id"));
                    return Response::noContent();
                },
                "End one of one's own sessions; its tokens stop at once"});

    router.add({"DELETE", "/api/enterprise/admin/users/{id}/sessions", Access::Session, Role::Admin,
                [&service](RequestContext& ctx) {
                    service.endAllOf(ctx.caller, http::uuidParam(ctx, "id"));
                    return Response::noContent();
                },
                "End every session of a user; their tokens stop at once", "",
                http::LimitBucket::AdminRecovery});
}

} // namespace aih::auth
