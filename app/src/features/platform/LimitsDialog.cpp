// SPDX-License-Identifier: Apache-2.0
#include "features/platform/LimitsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace aih::console {
namespace {

// The server's bound for an override (tenancy/LimitOverrides).
constexpr int largestOverride = 1'000'000'000;

} // namespace

LimitsDialog::LimitsDialog(const QString& tenantName, const TenantLimits& current, QWidget* parent)
    : QDialog(parent), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName("limitsDialog");
    setWindowTitle(tr("Limits of %1").arg(tenantName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A custom deal may set any limit above or below the plan's. Limits not "
                                "overridden follow the plan, also when it changes."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    grid->setObjectName("limitsGrid");
    layout->addLayout(grid);
    const auto& plan = planFor(current.tier);
    users_ = addRow(*grid, "userLimit", tr("Users"), plan.userLimit, current.overrides.userLimit);
    calls_ = addRow(*grid, "apiRateLimit", tr("API calls per hour"), plan.apiCallsPerHour,
                    current.overrides.apiRateLimit);
    monthly_ = addRow(*grid, "monthlyQuota", tr("API calls per month"), plan.monthlyCallQuota,
                      current.overrides.monthlyQuota);
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    layout->addWidget(error_);
    buttons_->button(QDialogButtonBox::Save)->setObjectName("saveLimitsButton");
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] { emit submitted(overrides()); });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LimitsDialog::Row LimitsDialog::addRow(QGridLayout& grid, const QString& name, const QString& title,
                                       int planValue, std::optional<int> current)
{
    Row row{new QCheckBox(tr("Override"), this), new QSpinBox(this)};
    const int line = grid.rowCount();
    grid.addWidget(new QLabel(title, this), line, 0);
    grid.addWidget(row.custom, line, 1);
    grid.addWidget(row.value, line, 2);
    grid.addWidget(new QLabel(tr("plan: %1").arg(QLocale().toString(planValue)), this), line, 3);
    row.custom->setObjectName(name + "Override");
    row.custom->setAccessibleName(tr("Override: %1").arg(title));
    row.value->setObjectName(name + "Spin");
    row.value->setAccessibleName(title);
    row.value->setRange(1, largestOverride);
    row.value->setGroupSeparatorShown(true);
    row.value->setValue(current.value_or(planValue));
    row.custom->setChecked(current.has_value());
    row.value->setEnabled(current.has_value());
    connect(row.custom, &QCheckBox::toggled, row.value, &QSpinBox::setEnabled);
    return row;
}

LimitOverrides LimitsDialog::overrides() const
{
    const auto valueOf = [](const Row& row) {
        return row.custom->isChecked() ? std::optional<int>(row.value->value()) : std::nullopt;
    };
    return {valueOf(users_), valueOf(calls_), valueOf(monthly_)};
}

void LimitsDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

void LimitsDialog::setBusy(bool busy)
{
    buttons_->setEnabled(!busy);
}

} // namespace aih::console
