// SPDX-License-Identifier: Apache-2.0
#include "features/branding/BrandingApi.h"

#include "core/net/Json.h"

#include <QMimeDatabase>

namespace aih::console {
namespace {

const QString brandingPath = QStringLiteral("/api/customization/customization");

std::optional<Branding> brandingOf(const QJsonDocument& document)
{
    return json::object(document, &Branding::fromJson);
}

} // namespace

Pending<Branding> BrandingApi::get() const
{
    auto request = ApiRequest::get(brandingPath);
    request.cacheable = true;
    return client_.call<Branding>(request, brandingOf);
}

Pending<Branding> BrandingApi::save(const Branding& branding) const
{
    return client_.call<Branding>(ApiRequest::withJson("PUT", brandingPath, branding.toJson()), brandingOf);
}

Pending<ThemePreview> BrandingApi::preview(const Branding& branding) const
{
    return client_.call<ThemePreview>(
        ApiRequest::post("/api/customization/themes/preview", branding.toJson()),
        [](const QJsonDocument& document) { return json::object(document, &ThemePreview::fromJson); });
}

Pending<UploadedAsset> BrandingApi::upload(AssetKind kind, const QString& fileName,
                                           const QByteArray& bytes) const
{
    ApiRequest request;
    request.method = "POST";
    request.path = "/api/customization/branding/upload";
    const auto mediaType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, bytes).name();
    request.form = {{"kind", kind == AssetKind::Logo ? QByteArray("logo") : QByteArray("favicon"), {}, {}},
                    {"file", bytes, fileName, mediaType}};
    return client_.call<UploadedAsset>(request, [](const QJsonDocument& document) {
        return json::object(document, &UploadedAsset::fromJson);
    });
}

} // namespace aih::console
