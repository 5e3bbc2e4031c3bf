// SPDX-License-Identifier: Apache-2.0
#include "users/UserJson.h"

#include "http/Response.h"
#include "identity/PlatformTenant.h"

#include <Poco/JSON/Array.h>

namespace aih::users {

Poco::JSON::Object::Ptr toJson(const User& user)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", user.id);
    out->set("tenant_id", user.tenantId);
    out->set("email", user.email);
    out->set("name", user.name.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(user.name));
    out->set("role", std::string(roleName(user.role)));
    if (identity::isPlatformTenant(user.tenantId)) {
        // What the account is on the platform: the console opens its operator mode for it.
        out->set("operator_role", user.role == Role::Admin ? "platform-admin" : "platform-support");
    }
    out->set("active", user.active);
    out->set("last_login_at",
             user.lastLoginAt.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(user.lastLoginAt));
    out->set("created_at", user.createdAt);
    return out;
}

Poco::JSON::Object::Ptr toJson(const UserPage& page)
{
    Poco::JSON::Array::Ptr data = new Poco::JSON::Array;
    for (const auto& user : page.users) {
        data->add(toJson(user));
    }
    return http::listPage(data, page.nextCursor);
}

} // namespace aih::users
