// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/Branding.h"
#include "db/Transaction.h"

#include <optional>
#include <set>
#include <string>

namespace aih::branding {

/// SQL for branding settings and assets; every call runs in a transaction scoped to the tenant.
class BrandingStore
{
public:
    static std::optional<Branding> find(db::Transaction& tx);
    static void save(db::Transaction& tx, const Branding& branding, const std::string& userId);
    /// The tenant's name (the default company name) and slug (its workspace id).
    static std::pair<std::string, std::string> tenantNameAndSlug(db::Transaction& tx);
    /// Whether the tenant has an enabled single sign-on connection to offer on the portal.
    static bool hasSingleSignOn(db::Transaction& tx);

    static void insertAsset(db::Transaction& tx, const Asset& asset);
    static std::optional<Asset> findAsset(db::Transaction& tx, const std::string& sha256);
    static std::set<std::string> assetHashes(db::Transaction& tx);
    /// Deletes every asset of the tenant except those in `keep`.
    static void deleteAssetsExcept(db::Transaction& tx, const std::set<std::string>& keep);
};

} // namespace aih::branding
