// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sso/SsoDomainStore.h"

#include <Poco/JSON/Object.h>

namespace aih::sso {

/// A domain claim with the TXT record that proves it.
Poco::JSON::Object::Ptr toJson(const SsoDomain& domain);

} // namespace aih::sso
