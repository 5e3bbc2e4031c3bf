// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tenancy/Tenant.h"

#include <Poco/JSON/Object.h>

namespace aih::tenancy {

/// The API shape of a tenant, with its plan's features and usage against its limits.
Poco::JSON::Object::Ptr toJson(const Tenant& tenant);
Poco::JSON::Object::Ptr toJson(const TenantSummary& tenant);

} // namespace aih::tenancy
