// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantDirectory.h"

#include "aih/Validation.h"
#include "errors/ApiError.h"
#include "observability/PrometheusWriter.h"
#include "tenancy/TenantStore.h"

#include <algorithm>

namespace aih::tenancy {

namespace {

constexpr auto domainTtl = std::chrono::seconds(30);
// A name nobody has may be taken by a sign-up a moment later, so a miss is kept only briefly:
// long enough that a flood of made-up names costs one query per name and second, not per request.
constexpr auto nameMissTtl = std::chrono::seconds(2);
constexpr std::size_t maxCacheEntries = 100'000;
constexpr std::size_t maxMissEntries = 20'000;

std::string lowercase(std::string text)
{
    std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

} // namespace

TenantDirectory::TenantDirectory(db::Database& database, std::string baseDomain)
    : database_(database), baseDomain_(lowercase(std::move(baseDomain))),
      names_({NameCache::Clock::duration::max(), maxCacheEntries}, {nameMissTtl, maxMissEntries},
             [](const std::optional<std::string>& id) { return id.has_value(); }),
      domains_({domainTtl, maxCacheEntries}, {domainTtl, maxMissEntries},
               [](const std::optional<std::string>& id) { return id.has_value(); })
{
}

std::string hostName(const std::string& hostHeader)
{
    if (hostHeader.starts_with('[')) {
        return ""; // an IPv6 literal names no tenant
    }
    std::string host = lowercase(hostHeader.substr(0, hostHeader.rfind(':')));
    if (host.ends_with('.')) {
        host.pop_back();
    }
    const bool ipv4 = !host.empty() && host.find_first_not_of("0123456789.") == std::string::npos;
    return ipv4 ? "" : host;
}

std::optional<std::string> TenantDirectory::subdomainOf(const std::string& host) const
{
    const std::string suffix = "." + baseDomain_;
    if (host.size() <= suffix.size() || !host.ends_with(suffix)) {
        return std::nullopt;
    }
    auto label = host.substr(0, host.size() - suffix.size());
    if (label.find('.') != std::string::npos || label == "www" || label == "api") {
        return std::nullopt;
    }
    return label;
}

std::optional<std::string> TenantDirectory::namedTenant(const std::string& tenantHeader,
                                                        const std::string& host)
{
    if (tenantHeader.empty()) {
        return tenantForHost(host);
    }
    auto id = lookup(tenantHeader);
    if (!id) {
        throw errors::ApiError(errors::ErrorCode::NotFound, "No such tenant.");
    }
    return id;
}

std::optional<std::string> TenantDirectory::lookup(const std::string& key)
{
    const auto cached = [this](const std::string& cacheKey, auto resolve) {
        return names_.get(cacheKey, [&] { return database_.inPlatform(resolve); }).value;
    };
    // A key that reads as a UUID is an id and nothing else; any other key can only be a slug (and
    // no slug reads as a UUID), so the answer never depends on which tenant happened to load first.
    if (isUuid(key)) {
        const auto id = lowercase(key);
        return cached("id:" + id, [&](db::Transaction& tx) { return TenantStore::resolveById(tx, id); });
    }
    if (!isValidSlug(key)) {
        return std::nullopt;
    }
    return cached("slug:" + key, [&](db::Transaction& tx) { return TenantStore::resolveBySlug(tx, key); });
}

std::optional<std::string> TenantDirectory::tenantForHost(const std::string& hostHeader)
{
    const auto host = hostName(hostHeader);
    if (host.empty()) {
        return std::nullopt;
    }
    if (const auto sub = subdomainOf(host)) {
        const auto id = isUuid(*sub) ? std::nullopt : lookup(*sub);
        if (!id) {
            throw errors::ApiError(errors::ErrorCode::NotFound, "No such tenant.");
        }
        return id;
    }
    // The platform's own names are never a tenant's custom domain.
    if (host == baseDomain_ || host.ends_with("." + baseDomain_) || host.find('.') == std::string::npos) {
        return std::nullopt;
    }
    return customDomainTenant(host);
}

std::optional<std::string> TenantDirectory::customDomainTenant(const std::string& host)
{
    return domains_
        .get(host,
             [&] {
                 const auto found = database_.inPlatform(
                     [&](db::Transaction& tx) { return TenantStore::resolveDomain(tx, host); });
                 // A tenant whose plan no longer has custom domains is not served on one.
                 std::optional<std::string> id;
                 if (found && tierHasFeature(found->second, "custom_domain")) {
                     id = found->first;
                 }
                 return id;
             })
        .value;
}

void TenantDirectory::onChange(const db::Change& change)
{
    using Subject = db::Change::Subject;
    if (change.subject == Subject::Domain) {
        domains_.erase(change.id);
    } else if (change.subject == Subject::Everything || change.subject == Subject::Tenant) {
        domains_.clear();
    }
}

void TenantDirectory::writeMetrics(observability::PrometheusWriter& out) const
{
    observability::counterFamily(
        out, "aih_tenant_lookups_total",
        "Tenant names (X-Tenant-ID, Host) resolved from the cache or the database, misses included.",
        "result", {{"hit", names_.hits() + domains_.hits()}, {"miss", names_.misses() + domains_.misses()}});
}

} // namespace aih::tenancy
