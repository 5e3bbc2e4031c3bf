// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/apikeys/ApiKeysApi.h"
#include "features/billing/BillingApi.h"
#include "gui/Page.h"

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace aih::console {

class UsageCard;

/// The tenant's plan: status, usage against its limits, the plans on offer, and the ways to
/// Stripe: Checkout to upgrade, the customer portal to manage payment and invoices.
class BillingPage : public Page
{
    Q_OBJECT

public:
    explicit BillingPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("billing"); }
    bool isAvailableTo(const Session& session) const override;
    void refresh() override;
    void clear() override;

private:
    void showSubscription(const Subscription& subscription);
    void showPlans(const QList<PlanOffer>& plans);
    void openInBrowser(Pending<QUrl> pending, const QString& what);

    BillingApi api_;
    ApiKeysApi keysApi_;
    QLabel* status_;
    UsageCard* users_;
    UsageCard* calls_;
    UsageCard* monthly_;
    QPushButton* manage_;
    QHBoxLayout* plans_;
};

} // namespace aih::console
