// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"
#include "identity/Caller.h"

#include <Poco/JSON/Object.h>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace aih::audit {

enum class ActorType
{
    User,
    ApiKey,
    Operator,
    Anonymous,
    System,
    Scim, ///< the tenant's identity provider, provisioning over SCIM
};

std::string_view actorTypeName(ActorType type);

/// Who acted, by pseudonymous ids only: a user, or an API key and the user who owns it.
struct Actor
{
    ActorType type = ActorType::Anonymous;
    std::string userId;
    std::string apiKeyId;
    std::optional<Role> role;
    /// An operator account (a member of the platform tenant); empty for the operator token.
    std::string operatorId{};
};

/// Where the call came from. A user actor's address and user agent are personal data and are
/// sealed under that user's key; other actors' are stored in clear.
using Origin = identity::Origin;

/// Personal details about the entry's subject (email, name, an API key's name). Sealed under the
/// subject's key; never part of the clear text of an entry.
using PersonalDetails = std::map<std::string, std::string>;

/// One thing that happened, as a service reports it. `metadata` must hold no personal data
/// (ids, enums, counts, field names): it is stored in clear and can never be erased.
struct AuditEvent
{
    std::string action;
    Actor actor;
    Origin origin;
    std::string resourceType;
    std::string resourceId;
    /// The user the entry is about, if any.
    std::string subjectId;
    PersonalDetails subjectDetails;
    bool success = true;
    std::string errorDetail;
    Poco::JSON::Object::Ptr metadata;

    AuditEvent& on(std::string type, std::string id);
    AuditEvent& about(std::string userId, PersonalDetails details = {});
    AuditEvent& with(const std::string& key, const Poco::Dynamic::Var& value);
    AuditEvent& failed(std::string detail);
};

Actor actorOf(const identity::Principal& principal);
/// An event caused by the caller, coming from the caller's origin.
AuditEvent eventFrom(const identity::Caller& caller, std::string action);
/// An event the server caused on its own (a sweeper, a dispatcher): no caller, no origin.
AuditEvent systemEvent(std::string action);

} // namespace aih::audit
