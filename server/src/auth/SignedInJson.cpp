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
    if (signedIn.mfaEnrolmentRequired) {
        out->set("mfa_enrollment_required", true);
    }
    return out;
}

Poco::JSON::Object::Ptr toJson(const LoginResult& result)
{
    if (result.signedIn) {
        return toJson(*result.signedIn);
    }
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("mfa_required", true);
    out->set("mfa_token", result.mfaToken);
    out->set("expires_in", static_cast<int>(result.mfaTokenTtl.count()));
    return out;
}

} // namespace aih::auth
