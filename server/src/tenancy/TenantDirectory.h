// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cache/FoundOrMissingCache.h"
#include "db/Change.h"
#include "db/Database.h"
#include "observability/MetricsSource.h"

#include <optional>
#include <string>

namespace aih::tenancy {

/// Turns what a request names (X-Tenant-ID as id or slug, a `<slug>.<base domain>` Host, or a
/// tenant's verified custom domain as Host) into a tenant id. Ids and slugs never change once
/// created, so those hits are cached for the life of the process; misses for two seconds, so
/// made-up names cost the database one query per name and second. Custom domains can move, so
/// their entries (misses too: any Host may arrive) live 30 seconds and are dropped at once when
/// the database announces a change (`domain:<name>`, or `tenant:<id>` for a plan change).
/// Misses are kept apart from hits, so made-up names never push a real tenant out.
class TenantDirectory final : public observability::MetricsSource
{
public:
    void writeMetrics(observability::PrometheusWriter& out) const override;

    TenantDirectory(db::Database& database, std::string baseDomain);

    /// Nothing named: nullopt. Named but unknown: ApiError 404.
    std::optional<std::string> namedTenant(const std::string& tenantHeader, const std::string& host);
    std::optional<std::string> lookup(const std::string& key);
    /// The tenant the Host header alone names: an unknown subdomain is a 404, an unknown other
    /// host names nobody.
    std::optional<std::string> tenantForHost(const std::string& hostHeader);

    void onChange(const db::Change& change);

private:
    std::optional<std::string> subdomainOf(const std::string& host) const;
    std::optional<std::string> customDomainTenant(const std::string& host);

    db::Database& database_;
    std::string baseDomain_;
    using NameCache = cache::FoundOrMissingCache<std::optional<std::string>>;
    /// "id:<uuid>" and "slug:<slug>" to ids: hits never go stale, misses expire quickly.
    NameCache names_;
    /// Custom domains to their tenant, misses included.
    NameCache domains_;
};

/// The host of a Host header: lowercased, without port or trailing dot; empty for IP literals.
std::string hostName(const std::string& hostHeader);

} // namespace aih::tenancy
