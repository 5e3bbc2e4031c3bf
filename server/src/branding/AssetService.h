// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "branding/Branding.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "tenancy/TenantPlans.h"

#include <optional>
#include <string>

namespace aih::branding {

/// Per kind of asset: how large a file and how many pixels we accept. Pixels matter as much
/// as bytes: a small PNG can declare a canvas that costs a browser gigabytes to decode.
struct AssetLimits
{
    std::size_t maxBytes;
    int maxSide;
    long long maxPixels;
};

enum class AssetKind
{
    Logo,
    Favicon,
};

/// Upload rules: plan feature custom_branding, which formats each kind accepts, size and pixel
/// limits, content-addressed storage, and dropping assets nothing refers to any more.
class AssetService
{
public:
    static constexpr AssetLimits logoLimits{std::size_t{512} * 1024, 2048, 2048LL * 1024};
    static constexpr AssetLimits faviconLimits{std::size_t{128} * 1024, 256, 256LL * 256};

    AssetService(db::Database& database, tenancy::TenantPlans& plans, const audit::AuditLog& audit);

    /// Stores the image and makes it the tenant's logo or favicon; returns it without bytes.
    Asset upload(identity::Caller& caller, AssetKind kind, const std::string& bytes);
    /// A stored asset of the request's tenant; 404 when it has none by that hash.
    Asset find(identity::Caller& caller, const std::string& sha256);

private:
    db::Database& database_;
    tenancy::TenantPlans& plans_;
    const audit::AuditLog& audit_;
};

std::optional<AssetKind> assetKindFromName(const std::string& name);

} // namespace aih::branding
