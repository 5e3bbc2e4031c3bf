// SPDX-License-Identifier: Apache-2.0
#include "features/branding/PortalPreview.h"

#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>
#include <mutex>

namespace aih::console {

/// Lets out only what the preview needs: the tenant's portal images on the signed-in server,
/// named for the tenant (the asset route is public, but finds assets by tenant). Runs on
/// WebEngine's IO thread, so what it reads is guarded.
class PortalRequestGate : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void allow(const QUrl& server, const QString& tenantId)
    {
        const std::lock_guard lock(mutex_);
        server_ = server;
        tenantId_ = tenantId.toUtf8();
    }

    void interceptRequest(QWebEngineUrlRequestInfo& info) override
    {
        const auto url = info.requestUrl();
        if (url.scheme() == QLatin1String("data")) {
            return; // the page itself, as setHtml hands it over
        }
        const std::lock_guard lock(mutex_);
        const bool sameOrigin = url.scheme() == server_.scheme() && url.host() == server_.host() &&
                                url.port(defaultPort(url)) == server_.port(defaultPort(server_));
        if (!sameOrigin || !url.path().startsWith(QLatin1String("/portal/assets/"))) {
            info.block(true);
            return;
        }
        info.setHttpHeader("X-Tenant-ID", tenantId_);
    }

private:
    static int defaultPort(const QUrl& url) { return url.scheme() == QLatin1String("https") ? 443 : 80; }

    std::mutex mutex_;
    QUrl server_;
    QByteArray tenantId_;
};

namespace {

/// Shows the page it is given and goes nowhere else: a click on a link or a form does nothing.
class StayingPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl&, NavigationType type, bool isMainFrame) override
    {
        // setHtml's own load; never a link, a form, a redirect or history.
        return isMainFrame && (type == NavigationTypeTyped || type == NavigationTypeOther);
    }
};

} // namespace

PortalPreview::PortalPreview(QWidget* parent)
    : QWidget(parent), profile_(new QWebEngineProfile(this)), gate_(new PortalRequestGate(this)),
      view_(new QWebEngineView(this))
{
    setObjectName("portalPreview");
    setMinimumSize(320, 280);
    // Off the record (no storage name): nothing of the preview is kept on disk.
    profile_->setUrlRequestInterceptor(gate_);
    profile_->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    auto* page = new StayingPage(profile_, view_);
    auto* settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, true);
    view_->setPage(page);
    view_->setContextMenuPolicy(Qt::NoContextMenu);
    connect(view_, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok) {
            emit rendered();
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

PortalPreview::~PortalPreview()
{
    // The page belongs to the profile: it goes first.
    delete view_->page();
}

void PortalPreview::setPreview(const ThemePreview& preview, const QUrl& server, const QString& tenantId)
{
    gate_->allow(server, tenantId);
    view_->setHtml(preview.html, server);
}

QImage PortalPreview::snapshot() const
{
    return view_->grab().toImage();
}

} // namespace aih::console
