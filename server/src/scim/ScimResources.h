// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scim/ScimFilterMatch.h"
#include "scim/ScimStore.h"

#include <Poco/JSON/Object.h>
#include <string>

namespace aih::scim {

inline constexpr const char* userSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
inline constexpr const char* groupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";
inline constexpr const char* listSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
inline constexpr const char* patchSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
inline constexpr const char* errorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";

/// A user as a SCIM User resource (RFC 7643 §4.1): userName and the one work email are the
/// address; `baseUrl` is the SCIM root (…/scim/v2) for `meta.location` and group `$ref`s.
Poco::JSON::Object::Ptr toJson(const ScimUser& user, const std::string& baseUrl);
Poco::JSON::Object::Ptr toJson(const ScimGroup& group, const std::string& baseUrl);

/// What a filter may ask of a user or a group.
AttributeValues attributesOf(const ScimUser& user);
AttributeValues attributesOf(const ScimGroup& group);

} // namespace aih::scim
