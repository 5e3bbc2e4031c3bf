// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/apikeys/ApiKeysApi.h"
#include "features/quota/QuotaAlerts.h"
#include "gui/Page.h"

#include <QMap>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace aih::console {

class UsageCard;

/// The tenant's quotas: the billing period's API calls against the monthly quota (and which
/// thresholds were announced), this hour's against the hourly limit, and, for admins, which
/// thresholds announce themselves and whether by mail.
class QuotaPage : public Page
{
    Q_OBJECT

public:
    explicit QuotaPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("quota"); }
    void refresh() override;
    void clear() override;

private:
    QWidget* buildAlerts();
    void showStatus(const RateLimitStatus& status);
    void showAlerts(const QuotaAlerts& alerts);
    /// A box for `threshold`, made on first need (a value chosen elsewhere gets one too).
    QCheckBox* boxFor(int threshold);
    QList<int> chosen() const;
    void updateSave();
    void save();

    ApiKeysApi limits_;
    QuotaAlertsApi alerts_;
    UsageCard* month_;
    UsageCard* hour_;
    QGridLayout* boxes_;
    QMap<int, QCheckBox*> thresholdBoxes_;
    QCheckBox* mail_;
    QLabel* hint_;
    QPushButton* save_;
};

} // namespace aih::console
