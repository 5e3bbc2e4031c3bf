// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthService.h"

#include <Poco/JSON/Object.h>

namespace aih::auth {

/// The body of every answer that starts a session: sign-in, refresh, an accepted invitation,
/// a second factor.
Poco::JSON::Object::Ptr toJson(const SignedIn& signedIn);

/// A sign-in's answer: the session, or `{mfa_required, mfa_token, expires_in}` when a second
/// factor is to come.
Poco::JSON::Object::Ptr toJson(const LoginResult& result);

} // namespace aih::auth
