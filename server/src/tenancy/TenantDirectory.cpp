// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantDirectory.h"

#include "aih/Validation.h"
#include "http/ApiError.h"
#include "tenancy/TenantStore.h"

#include <algorithm>

namespace aih::tenancy {

TenantDirectory::TenantDirectory(db::Database& database, std::string baseDomain)
    : database_(database), baseDomain_(std::move(baseDomain))
{
    std::ranges::transform(baseDomain_, baseDomain_.begin(), [](unsigned char c) { return std::tolower(c); });
}

namespace {

constexpr auto domainTtl = std::chrono::seconds(30);

} // namespace

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
        throw http::ApiError(http::ErrorCode::NotFound, "No such tenant.");
    }
    auto id = lookup(key);
    if (!id) {
        throw http::ApiError(http::ErrorCode::NotFound, "No such tenant.");
    }
    return id;
}

std::optional<std::string> TenantDirectory::lookup(const std::string& key)
{
    {
        std::lock_guard lock(mutex_);
        if (const auto it = cache_.find(key); it != cache_.end()) {
            return it->second;
        }
    }
    auto id = database_.inPlatform([&](db::Transaction& tx) { return TenantStore::resolveId(tx, key); });
    if (id) {
        std::lock_guard lock(mutex_);
        if (cache_.size() >= maxCacheEntries) {
            cache_.clear();
        }
        cache_.emplace(key, *id);
    }
    return id;
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
            throw http::ApiError(http::ErrorCode::NotFound, "No such tenant.");
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
    const auto now = std::chrono::steady_clock::now();
    std::uint64_t generation = 0;
    {
        std::lock_guard lock(mutex_);
        if (const auto it = domains_.find(host);
            it != domains_.end() && now - it->second.loadedAt < domainTtl) {
            return it->second.tenantId;
        }
        generation = domainGeneration_;
    }
    const auto found =
        database_.inPlatform([&](db::Transaction& tx) { return TenantStore::resolveDomain(tx, host); });
    // A tenant whose plan no longer has custom domains is not served on one.
    std::optional<std::string> id;
    if (found && tierHasFeature(found->second, "custom_domain")) {
        id = found->first;
    }
    std::lock_guard lock(mutex_);
    if (generation == domainGeneration_) {
        if (domains_.size() >= maxCacheEntries) {
            domains_.clear();
        }
        domains_[host] = {id, now};
    }
    return id;
}

void TenantDirectory::forgetDomain(const std::string& domain)
{
    std::lock_guard lock(mutex_);
    ++domainGeneration_;
    domains_.erase(domain);
}

void TenantDirectory::onChange(const std::string& payload)
{
    if (payload.starts_with("domain:")) {
        forgetDomain(payload.substr(7));
    } else if (payload == "*" || payload.starts_with("tenant:")) {
        std::lock_guard lock(mutex_);
        ++domainGeneration_;
        domains_.clear();
    }
}

} // namespace aih::tenancy
