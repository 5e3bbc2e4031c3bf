// SPDX-License-Identifier: Apache-2.0
#include "features/branding/Branding.h"

#include "core/net/Json.h"

#include <QRegularExpression>

namespace aih::console {

QJsonObject Branding::toJson() const
{
    QJsonObject toggles;
    for (auto it = features.cbegin(); it != features.cend(); ++it) {
        toggles.insert(it.key(), it.value());
    }
    QJsonObject body{{"company_name", companyName},
                     {"primary_color", primaryColor},
                     {"secondary_color", secondaryColor},
                     {"accent_color", accentColor},
                     {"welcome_message", welcomeMessage},
                     {"footer_text", footerText},
                     {"custom_css", customCss}};
    if (!toggles.isEmpty()) {
        body.insert("features", toggles);
    }
    return body;
}

std::optional<Branding> Branding::fromJson(const QJsonObject& object)
{
    if (!object.value("primary_color").isString()) {
        return std::nullopt;
    }
    Branding branding;
    branding.companyName = object.value("company_name").toString();
    branding.primaryColor = object.value("primary_color").toString();
    branding.secondaryColor = object.value("secondary_color").toString();
    branding.accentColor = object.value("accent_color").toString();
    branding.welcomeMessage = object.value("welcome_message").toString();
    branding.footerText = object.value("footer_text").toString();
    branding.customCss = object.value("custom_css").toString();
    branding.logoUrl = object.value("logo_url").toString();
    branding.faviconUrl = object.value("favicon_url").toString();
    const auto toggles = object.value("features").toObject();
    for (auto it = toggles.constBegin(); it != toggles.constEnd(); ++it) {
        if (it.value().isBool()) {
            branding.features.insert(it.key(), it.value().toBool());
        }
    }
    return branding;
}

QString ThemePreview::variable(const QString& name) const
{
    const QRegularExpression pattern(QRegularExpression::escape(name) + R"(\s*:\s*([^;}\n]+))");
    const auto match = pattern.match(css);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

std::optional<ThemePreview> ThemePreview::fromJson(const QJsonObject& object)
{
    auto branding = Branding::fromJson(object.value("branding").toObject());
    if (!branding || !object.value("css").isString()) {
        return std::nullopt;
    }
    ThemePreview preview{*branding, object.value("css").toString(), object.value("html").toString(), {}};
    for (const auto& value : object.value("css_dropped").toArray()) {
        const auto issue = value.toObject();
        preview.cssDropped.append(
            {static_cast<int>(json::integer(issue, "line")), issue.value("message").toString()});
    }
    return preview;
}

std::optional<UploadedAsset> UploadedAsset::fromJson(const QJsonObject& object)
{
    if (!object.value("url").isString()) {
        return std::nullopt;
    }
    return UploadedAsset{object.value("kind").toString(), object.value("url").toString(),
                         object.value("media_type").toString(),
                         static_cast<int>(json::integer(object, "width")),
                         static_cast<int>(json::integer(object, "height"))};
}

} // namespace aih::console
