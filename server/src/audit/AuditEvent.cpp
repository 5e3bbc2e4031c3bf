// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEvent.h"

#include "http/RequestContext.h"

namespace aih::audit {

std::string_view actorTypeName(ActorType type)
{
    switch (type) {
    case ActorType::User:
        return "user";
    case ActorType::ApiKey:
        return "api_key";
    case ActorType::Operator:
        return "operator";
    case ActorType::System:
        return "system";
    case ActorType::Anonymous:
        break;
    }
    return "anonymous";
}

AuditEvent& AuditEvent::on(std::string type, std::string id)
{
    resourceType = std::move(type);
    resourceId = std::move(id);
    return *this;
}

AuditEvent& AuditEvent::about(std::string userId, PersonalDetails details)
{
    subjectId = std::move(userId);
    subjectDetails = std::move(details);
    return *this;
}

AuditEvent& AuditEvent::with(const std::string& key, const Poco::Dynamic::Var& value)
{
    if (!metadata) {
        metadata = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    }
    metadata->set(key, value);
    return *this;
}

AuditEvent& AuditEvent::failed(std::string detail)
{
    success = false;
    errorDetail = std::move(detail);
    return *this;
}

Actor actorOf(const http::Principal& principal)
{
    Actor actor;
    switch (principal.kind) {
    case http::Principal::Kind::User:
        actor.type = ActorType::User;
        break;
    case http::Principal::Kind::ApiKey:
        actor.type = ActorType::ApiKey;
        actor.apiKeyId = principal.apiKeyId;
        break;
    case http::Principal::Kind::Operator:
        actor.type = ActorType::Operator;
        return actor;
    case http::Principal::Kind::Anonymous:
        return actor;
    }
    actor.userId = principal.userId;
    actor.role = principal.role;
    return actor;
}

Origin originOf(const http::RequestContext& ctx)
{
    return {ctx.clientIp, ctx.header("User-Agent"), ctx.request.getMethod(), ctx.path, ctx.requestId};
}

AuditEvent eventFrom(const http::RequestContext& ctx, std::string action)
{
    AuditEvent event;
    event.action = std::move(action);
    event.actor = actorOf(ctx.principal);
    event.origin = originOf(ctx);
    return event;
}

} // namespace aih::audit
