// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/branding/Branding.h"

#include <QImage>
#include <QUrl>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace aih::console {

class PortalRequestGate;

/// The portal page exactly as the server renders a theme: the preview endpoint's HTML with its
/// sanitised CSS, laid out by a browser engine (Qt WebEngine, Chromium), with the tenant's logo
/// and favicon fetched from the server. Nothing else reaches the network: scripts are off, links
/// go nowhere, and the only requests let out are for the tenant's own portal assets.
class PortalPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PortalPreview(QWidget* parent = nullptr);
    ~PortalPreview() override;

    /// Renders `preview`; its relative URLs resolve against `server`, whose portal assets are
    /// asked for on behalf of `tenantId`.
    void setPreview(const ThemePreview& preview, const QUrl& server, const QString& tenantId);
    /// The page as drawn now.
    QImage snapshot() const;
    QWebEngineView* view() const { return view_; }

signals:
    /// The latest preview has loaded, images included.
    void rendered();

private:
    QWebEngineProfile* profile_;
    PortalRequestGate* gate_;
    QWebEngineView* view_;
};

} // namespace aih::console
