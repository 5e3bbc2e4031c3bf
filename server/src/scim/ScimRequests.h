// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aih::scim {

/// A user as a request describes it: the whole of it for POST and PUT, the current user with
/// a PATCH's operations applied.
struct UserDraft
{
    std::string email;
    std::string name;
    std::string externalId;
    bool active = true;
};

struct GroupDraft
{
    std::string displayName;
    std::string externalId;
    std::vector<std::string> memberIds;
};

/// The request body as a JSON object, bounded like every body (JsonLimits); ScimError 400
/// `invalidSyntax` otherwise.
Poco::JSON::Object::Ptr parseScimBody(std::string_view text);

/// A User resource of a POST or PUT (RFC 7643 §4.1): `userName`, or else the primary email,
/// must be an email address; the name is `name.formatted`, else given and family names, else
/// `displayName`. Attributes this server does not keep are ignored, as RFC 7644 §3.3 allows.
UserDraft userDraftOf(const Poco::JSON::Object& body);
GroupDraft groupDraftOf(const Poco::JSON::Object& body);

/// Applies a PatchOp (RFC 7644 §3.5.2) to a draft: add, replace and remove, with a path or with
/// an object of attributes, in the spellings Okta and Entra ID send (`"op": "Replace"`,
/// `"active": "False"`, `members[value eq "…"]`). ScimError 400 for what cannot be applied.
void applyUserPatch(UserDraft& draft, const Poco::JSON::Object& body);
void applyGroupPatch(GroupDraft& draft, const Poco::JSON::Object& body);

} // namespace aih::scim
