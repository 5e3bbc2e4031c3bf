// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>
#include <vector>

namespace aih::offboarding {

/// A table that holds a tenant's rows, as the whole-tenant archive treats it.
struct TenantTable
{
    std::string_view name;
    /// Why the archive leaves the table out; empty: archived, one JSON object per row.
    std::string_view leftOutBecause;
};

/// Every table with a tenant's rows (TestTenantClosure fails on one missing here). The archive
/// never holds credentials: the columns in archiveHiddenColumns are dropped from every row.
const std::vector<TenantTable>& tenantTables();

/// Secrets and their hashes: useless to the customer and harmful in a file that travels.
inline constexpr std::string_view archiveHiddenColumns =
    "{password_hash,token_hash,secret_hash,previous_secret_hash,secret,previous_secret,client_secret,"
    "code_hash,state_hash,handoff_hash,wrapped_key,content}";

} // namespace aih::offboarding
