// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gdpr/GdprService.h"

#include <Poco/JSON/Object.h>

namespace aih::gdpr {

/// An erasure as its routes answer it: a tenant's member, or a former operator account.
Poco::JSON::Object::Ptr toJson(const Erasure& erasure);

} // namespace aih::gdpr
