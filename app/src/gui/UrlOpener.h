// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUrl>

namespace aih::console {

/// Opens web pages (Stripe Checkout, the customer portal) outside the console.
class UrlOpener
{
public:
    virtual ~UrlOpener() = default;
    virtual bool open(const QUrl& url) = 0;
};

/// The user's web browser.
class DesktopUrlOpener : public UrlOpener
{
public:
    bool open(const QUrl& url) override;
};

} // namespace aih::console
