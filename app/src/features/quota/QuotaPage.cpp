// SPDX-License-Identifier: Apache-2.0
#include "features/quota/QuotaPage.h"

#include "core/ConsoleCore.h"
#include "features/users/UserTableModel.h"
#include "gui/Icons.h"
#include "gui/StatusBanner.h"
#include "gui/UsageCard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace aih::console {
namespace {

/// The shares offered at first; whatever the tenant chose elsewhere is offered beside them.
constexpr int offeredThresholds[] = {25, 50, 75, 80, 90, 95, 100};
constexpr int boxesPerRow = 7;

QString percentages(const QList<int>& values)
{
    QStringList texts;
    for (const int value : values) {
        texts << QStringLiteral("%1 %").arg(value);
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace

QuotaPage::QuotaPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "quotaPage", parent), limits_(context.core.api()), alerts_(context.core.api()),
      month_(new UsageCard("monthCard", tr("API calls this billing period"), this)),
      hour_(new UsageCard("quotaHourCard", tr("API calls this hour"), this)), boxes_(new QGridLayout),
      mail_(new QCheckBox(tr("Mail the admins too"), this)), hint_(new QLabel(this)),
      save_(new QPushButton(icon("verify"), tr("Save alerts"), this))
{
    auto* cards = new QHBoxLayout;
    cards->addWidget(month_, 1);
    cards->addWidget(hour_, 1);
    content()->addLayout(cards);
    content()->addWidget(buildAlerts());
    content()->addStretch(1);
    for (const int threshold : offeredThresholds) {
        boxFor(threshold);
    }
    updateSave();
}

QWidget* QuotaPage::buildAlerts()
{
    auto* group = new QGroupBox(tr("Alerts"), this);
    auto* layout = new QVBoxLayout(group);
    auto* intro = new QLabel(tr("When this period's API calls reach a chosen share of the monthly quota, the "
                                "webhook event usage.threshold is sent and the audit trail records it, once "
                                "per period. Choose one to five shares."),
                             group);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(boxes_);
    mail_->setObjectName("quotaMailCheck");
    layout->addWidget(mail_);
    hint_->setObjectName("quotaAlertsHint");
    save_->setObjectName("saveQuotaAlertsButton");
    auto* row = new QHBoxLayout;
    row->addWidget(hint_, 1);
    row->addWidget(save_);
    layout->addLayout(row);
    connect(mail_, &QCheckBox::toggled, this, &QuotaPage::updateSave);
    connect(save_, &QPushButton::clicked, this, &QuotaPage::save);
    return group;
}

QCheckBox* QuotaPage::boxFor(int threshold)
{
    if (auto* existing = thresholdBoxes_.value(threshold)) {
        return existing;
    }
    auto* box = new QCheckBox(QStringLiteral("%1 %").arg(threshold), this);
    box->setObjectName(QStringLiteral("threshold%1Check").arg(threshold));
    connect(box, &QCheckBox::toggled, this, &QuotaPage::updateSave);
    thresholdBoxes_.insert(threshold, box);
    // In ascending order, whatever order they were made in.
    int index = 0;
    for (auto* each : thresholdBoxes_) {
        boxes_->addWidget(each, index / boxesPerRow, index % boxesPerRow);
        ++index;
    }
    return box;
}

QString QuotaPage::title() const
{
    return tr("Quotas");
}

void QuotaPage::refresh()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading the quotas…"));
    limits_.rateLimitStatus().then(
        this,
        [this](const RateLimitStatus& status, const Freshness& freshness) {
            banner()->showFreshness(freshness);
            showStatus(status);
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
    alerts_.get().then(
        this, [this](const QuotaAlerts& alerts, const Freshness&) { showAlerts(alerts); },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void QuotaPage::clear()
{
    month_->setText(QString());
    hour_->setText(QString());
    for (auto* box : thresholdBoxes_) {
        box->setChecked(false);
    }
    invalidate();
}

void QuotaPage::showStatus(const RateLimitStatus& status)
{
    if (status.monthly) {
        const auto& month = *status.monthly;
        const auto announced = status.thresholdsNotified.isEmpty()
                                   ? tr("No alert yet this period.")
                                   : tr("Announced: %1.").arg(percentages(status.thresholdsNotified));
        month_->setUsage(
            month.used(), month.limit,
            tr("%1 to %2. %3").arg(dateText(status.monthStart), dateText(month.resetAt), announced));
    }
    if (status.tenant) {
        hour_->setUsage(status.tenant->used(), status.tenant->limit,
                        tr("The window resets at %1.").arg(dateText(status.tenant->resetAt)));
    }
}

void QuotaPage::showAlerts(const QuotaAlerts& alerts)
{
    for (const int threshold : alerts.thresholds) {
        boxFor(threshold);
    }
    for (auto it = thresholdBoxes_.begin(); it != thresholdBoxes_.end(); ++it) {
        it.value()->setChecked(alerts.thresholds.contains(it.key()));
    }
    mail_->setChecked(alerts.mail);
    updateSave();
}

QList<int> QuotaPage::chosen() const
{
    QList<int> thresholds;
    for (auto it = thresholdBoxes_.begin(); it != thresholdBoxes_.end(); ++it) {
        if (it.value()->isChecked()) {
            thresholds.append(it.key());
        }
    }
    return thresholds;
}

void QuotaPage::updateSave()
{
    const bool admin = session().isActive() && session().user().role == Role::Admin;
    const auto count = chosen().size();
    const bool fits = count >= 1 && count <= QuotaAlerts::maxThresholds;
    save_->setEnabled(admin && fits);
    for (auto* box : thresholdBoxes_) {
        box->setEnabled(admin);
    }
    mail_->setEnabled(admin);
    hint_->setText(!admin ? tr("Only admins change the alerts.")
                   : fits ? QString()
                          : tr("Choose one to five shares."));
}

void QuotaPage::save()
{
    save_->setEnabled(false);
    alerts_.set({chosen(), mail_->isChecked()})
        .then(
            this,
            [this](const QuotaAlerts& alerts) {
                showAlerts(alerts);
                banner()->present(
                    StatusBanner::Kind::Info,
                    tr("Saved: alerts at %1%2.")
                        .arg(percentages(alerts.thresholds), alerts.mail ? tr(", by mail too") : QString()));
            },
            [this](const ApiProblem& problem) {
                updateSave();
                banner()->showProblem(problem);
            });
}

} // namespace aih::console
