// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/Invitation.h"

#include <Poco/JSON/Object.h>

namespace aih::accounts {

Poco::JSON::Object::Ptr toJson(const Invitation& invitation);

} // namespace aih::accounts
