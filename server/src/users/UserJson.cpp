// SPDX-License-Identifier: Apache-2.0
#include "users/UserJson.h"

namespace aih::users {

Poco::JSON::Object::Ptr toJson(const User& user)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", user.id);
    out->set("tenant_id", user.tenantId);
    out->set("email", user.email);
    out->set("name", user.name.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(user.name));
    out->set("role", std::string(roleName(user.role)));
    out->set("active", user.active);
    out->set("last_login_at",
             user.lastLoginAt.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(user.lastLoginAt));
    out->set("created_at", user.createdAt);
    return out;
}

} // namespace aih::users
