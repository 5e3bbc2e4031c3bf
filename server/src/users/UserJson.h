// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "users/User.h"
#include "users/UserStore.h"

#include <Poco/JSON/Object.h>

namespace aih::users {

/// The API shape of a user; never includes the password hash.
Poco::JSON::Object::Ptr toJson(const User& user);
/// A page of users as the list routes answer it: `{"data": [...], "next_cursor": ...}`.
Poco::JSON::Object::Ptr toJson(const UserPage& page);

} // namespace aih::users
