// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEvent.h"

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
    case ActorType::Scim:
        return "scim";
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

Actor actorOf(const identity::Principal& principal)
{
    Actor actor;
    if (principal.isSupportView()) {
        // An operator reading under the tenant's grant: recorded as the operator it is.
        actor.type = ActorType::Operator;
        actor.operatorId = principal.userId;
        return actor;
    }
    switch (principal.kind) {
    case identity::Principal::Kind::User:
        actor.type = ActorType::User;
        break;
    case identity::Principal::Kind::ApiKey:
        actor.type = ActorType::ApiKey;
        actor.apiKeyId = principal.apiKeyId;
        break;
    case identity::Principal::Kind::Operator:
        actor.type = ActorType::Operator;
        actor.operatorId = principal.operatorId;
        return actor;
    case identity::Principal::Kind::Anonymous:
        return actor;
    }
    actor.userId = principal.userId;
    actor.role = principal.role;
    return actor;
}

AuditEvent systemEvent(std::string action)
{
    AuditEvent event;
    event.action = std::move(action);
    event.actor.type = ActorType::System;
    return event;
}

AuditEvent eventFrom(const identity::Caller& caller, std::string action)
{
    AuditEvent event;
    event.action = std::move(action);
    event.actor = actorOf(caller.principal);
    event.origin = caller.origin;
    return event;
}

} // namespace aih::audit
