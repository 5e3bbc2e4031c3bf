// SPDX-License-Identifier: Apache-2.0
#include "identity/Caller.h"

#include "errors/ApiError.h"

namespace aih::identity {

void Caller::requireTenant() const
{
    if (tenantId.empty()) {
        throw errors::ApiError(errors::ErrorCode::MalformedRequest,
                               "No tenant: sign in, or name one with X-Tenant-ID or the tenant's subdomain.");
    }
}

} // namespace aih::identity
