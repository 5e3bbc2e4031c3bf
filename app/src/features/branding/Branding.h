// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace aih::console {

/// A tenant's branding as `/api/customization/customization` describes it.
struct Branding
{
    QString companyName;
    QString primaryColor;
    QString secondaryColor;
    QString accentColor;
    QString welcomeMessage;
    QString footerText;
    QString customCss;
    QString logoUrl;
    QString faviconUrl;
    /// Portal feature toggles by name (e.g. show_meditations), as the server lists them.
    QMap<QString, bool> features;

    /// The body of a save or preview: every editable field.
    QJsonObject toJson() const;
    static std::optional<Branding> fromJson(const QJsonObject& object);
};

struct CssIssue
{
    int line = 0;
    QString message;
};

/// The server's rendering of a theme: sanitised CSS, the portal page, and what it dropped.
struct ThemePreview
{
    Branding branding;
    QString css;
    QString html;
    QList<CssIssue> cssDropped;

    /// The value of a CSS custom property from the theme's `:root` block, e.g. `--aih-primary`.
    QString variable(const QString& name) const;

    static std::optional<ThemePreview> fromJson(const QJsonObject& object);
};

/// An uploaded logo or favicon.
struct UploadedAsset
{
    QString kind;
    QString url;
    QString mediaType;
    int width = 0;
    int height = 0;

    static std::optional<UploadedAsset> fromJson(const QJsonObject& object);
};

} // namespace aih::console
