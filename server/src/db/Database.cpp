// SPDX-License-Identifier: Apache-2.0
#include "db/Database.h"

#include "errors/ApiError.h"

namespace aih::db {

std::unique_ptr<Transaction> Database::begin(const std::string& tenantId, Isolation isolation)
{
    for (std::size_t attempt = 0;; ++attempt) {
        try {
            return std::make_unique<Transaction>(pool_.acquire(), tenantId, isolation);
        } catch (const pqxx::broken_connection&) {
            // The lease has dropped the broken connection; only BEGIN and the tenant ran on it.
            if (attempt == pool_.size()) {
                throwUnavailable();
            }
        }
    }
}

void Database::throwUnavailable()
{
    throw errors::ApiError(errors::ErrorCode::ServiceUnavailable, "The database connection was lost.")
        .withRetryAfter(1);
}

} // namespace aih::db
