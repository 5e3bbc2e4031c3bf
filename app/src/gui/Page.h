// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gui/ConsoleContext.h"

#include <QWidget>

class QVBoxLayout;

namespace aih::console {

class Session;
class StatusBanner;
struct Tenant;

/// One page of the main window: a status banner on top, the page's own content below.
/// Pages load when first shown after a sign-in, and again on refresh().
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(ConsoleContext& context, const QString& name, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    virtual QString iconName() const = 0;
    /// Whether the signed-in user may open the page at all.
    virtual bool isAvailableTo(const Session& session) const;
    /// Whether the tenant's plan has what the page is about; a page it does not is not listed,
    /// where one the user's role may not open is shown greyed out.
    virtual bool isIncludedIn(const Tenant& tenant) const;
    /// Whether the page belongs to the operator mode (operator accounts, signed in to the
    /// platform tenant): the platform's figures, the tenants, the platform's audit chain and
    /// settings. The other pages are about a customer's own tenant.
    virtual bool servesOperators() const { return false; }
    /// Loads the page's data from the server (or the offline cache).
    virtual void refresh() = 0;
    /// Forgets everything shown (on sign-out), so no data outlives its session.
    virtual void clear() {}

    /// Loads once per sign-in; called when the page becomes visible.
    void activate();
    void invalidate() { loaded_ = false; }
    StatusBanner* banner() const { return banner_; }

signals:
    /// Asks the main window to show another page (e.g. Billing from a plan hint).
    void pageRequested(const QString& name);

protected:
    Session& session() const;
    /// The layout under the banner that the page fills.
    QVBoxLayout* content() const { return content_; }

    ConsoleContext& context_;

private:
    StatusBanner* banner_;
    QVBoxLayout* content_;
    bool loaded_ = false;
};

} // namespace aih::console
