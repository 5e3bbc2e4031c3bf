// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKey.h"

#include <Poco/JSON/Object.h>

namespace aih::apikeys {

/// The API shape of a key: prefix and metadata, never the secret or its hash.
Poco::JSON::Object::Ptr toJson(const ApiKey& key);

} // namespace aih::apikeys
