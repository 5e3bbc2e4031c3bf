// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantDirectory.h"

#include "aih/Validation.h"
#include "errors/ApiError.h"
#include "tenancy/TenantStore.h"

#include <algorithm>

namespace aih::tenancy {

namespace {

constexpr auto domainTtl = std::chrono::seconds(30);
constexpr std::size_t maxCacheEntries = 100'000;

} // namespace

TenantDirectory::TenantDirectory(db::Database& database, std::string baseDomain)
    : database_(database), baseDomain_(std::move(baseDomain)),
      names_(std::chrono::hours(24 * 365), maxCacheEntries), domains_(domainTtl, maxCacheEntries)
{
    std::ranges::transform(baseDomain_, baseDomain_.begin(), [](unsigned char c) { return std::tolower(c); });
}

std::string hostName(const std::string& hostHeader)
{
    if (hostHeader.starts_with('[')) {
        return ""; // an IPv6 literal names no tenant
    }
    std::string host = hostHeader.substr(0, hostHeader.rfind(':'));
    std::ranges::transform(host, host.begin(), [](unsigned char c) { return std::tolower(c); });
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
    const auto& key = tenantHeader;
    if (!isUuid(key) && !isValidSlug(key)) {
        throw errors::ApiError(errors::ErrorCode::NotFound, "No such tenant.");
    }
    auto id = lookup(key);
    if (!id) {
        throw errors::ApiError(errors::ErrorCode::NotFound, "No such tenant.");
    }
    return id;
}

std::optional<std::string> TenantDirectory::lookup(const std::string& key)
{
    const auto load = [&] {
        return database_.inPlatform([&](db::Transaction& tx) { return TenantStore::resolveId(tx, key); });
    };
    // Only hits are kept: a name nobody has yet may be taken by a sign-up a moment later.
    return names_.get(key, load, [](const std::optional<std::string>& id) { return id.has_value(); }).value;
}

} // namespace aih::tenancy

namespace aih::tenancy {

std::optional<std::string> TenantDirectory::tenantForHost(const std::string& hostHeader)
{
    const auto host = hostName(hostHeader);
    if (host.empty()) {
        return std::nullopt;
    }
    if (const auto sub = subdomainOf(host)) {
        const auto id = isValidSlug(*sub) ? lookup(*sub) : std::nullopt;
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

} // namespace aih::tenancy
