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

std::optional<std::string> TenantDirectory::subdomainOf(const std::string& hostHeader) const
{
    std::string host = hostHeader.substr(0, hostHeader.rfind(':') == std::string::npos ||
                                                    hostHeader.find(']') != std::string::npos
                                                ? hostHeader.size()
                                                : hostHeader.rfind(':'));
    std::ranges::transform(host, host.begin(), [](unsigned char c) { return std::tolower(c); });
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

std::optional<std::string> TenantDirectory::namedTenant(const std::string& tenantHeader, const std::string& host)
{
    std::string key = tenantHeader;
    if (key.empty()) {
        const auto sub = subdomainOf(host);
        if (!sub) {
            return std::nullopt;
        }
        key = *sub;
    }
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
