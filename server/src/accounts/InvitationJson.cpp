// SPDX-License-Identifier: Apache-2.0
#include "accounts/InvitationJson.h"

namespace aih::accounts {

Poco::JSON::Object::Ptr toJson(const Invitation& invitation)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", invitation.id);
    out->set("object", "invitation");
    out->set("email", invitation.email);
    out->set("role", std::string(roleName(invitation.role)));
    out->set("status", invitation.expired ? "expired" : "pending");
    out->set("invited_by",
             invitation.invitedBy.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(invitation.invitedBy));
    out->set("created_at", invitation.createdAt);
    out->set("sent_at", invitation.sentAt);
    out->set("expires_at", invitation.expiresAt);
    return out;
}

} // namespace aih::accounts
