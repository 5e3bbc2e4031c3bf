// SPDX-License-Identifier: Apache-2.0
#include "auth/SignedInJson.h"

#include "users/UserJson.h"

namespace aih::auth {

Poco::JSON::Object::Ptr toJson(const SignedIn& signedIn)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("access_token", signedIn.accessToken);
    out->set("refresh_token", signedIn.refreshToken);
    out->set("token_type", "Bearer");
    out->set("expires_in", static_cast<int>(signedIn.expiresIn.count()));
    out->set("user", users::toJson(signedIn.user));
    return out;
}

} // namespace aih::auth
