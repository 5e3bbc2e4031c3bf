// SPDX-License-Identifier: Apache-2.0
#include "db/Database.h"

#include "errors/ApiError.h"

namespace aih::db {

void Database::throwUnavailable()
{
    throw errors::ApiError(errors::ErrorCode::ServiceUnavailable, "The database connection was lost.")
        .withRetryAfter(1);
}

} // namespace aih::db
