// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/branding/Branding.h"

namespace aih::console {

/// The calls of the Branding page: `/api/customization/...`.
class BrandingApi
{
public:
    enum class AssetKind
    {
        Logo,
        Favicon
    };

    explicit BrandingApi(const ApiClient& client) : client_(client) {}

    Pending<Branding> get() const;
    Pending<Branding> save(const Branding& branding) const;
    /// Renders the theme without saving it.
    Pending<ThemePreview> preview(const Branding& branding) const;
    Pending<UploadedAsset> upload(AssetKind kind, const QString& fileName, const QByteArray& bytes) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
