// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Database.h"

#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace aih::tenancy {

/// Turns what a request names (X-Tenant-ID as id or slug, or a `<slug>.<base domain>` Host)
/// into a tenant id. Ids and slugs never change once created, so hits are cached for the life
/// of the process and the hot path costs no database round trip after the first request.
class TenantDirectory
{
public:
    TenantDirectory(db::Database& database, std::string baseDomain);

    /// Nothing named: nullopt. Named but unknown: ApiError 404.
    std::optional<std::string> namedTenant(const std::string& tenantHeader, const std::string& host);
    std::optional<std::string> lookup(const std::string& key);

private:
    std::optional<std::string> subdomainOf(const std::string& host) const;

    db::Database& database_;
    std::string baseDomain_;
    std::mutex mutex_;
    std::unordered_map<std::string, std::string> cache_;
    static constexpr std::size_t maxCacheEntries = 100'000;
};

} // namespace aih::tenancy
