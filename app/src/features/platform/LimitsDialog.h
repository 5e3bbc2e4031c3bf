// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/TenantLimits.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace aih::console {

/// A tenant's limits for a custom deal: users, API calls per hour and calls per month, each the
/// plan's or an override above or below it. The server applies them on every instance at once.
class LimitsDialog : public QDialog
{
    Q_OBJECT

public:
    LimitsDialog(const QString& tenantName, const TenantLimits& current, QWidget* parent = nullptr);

    LimitOverrides overrides() const;
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted(const aih::console::LimitOverrides& overrides);

private:
    struct Row
    {
        QCheckBox* custom;
        QSpinBox* value;
    };
    /// One line: the override switch, its value (the plan's until switched on) and the plan's.
    Row addRow(QGridLayout& grid, const QString& name, const QString& title, int planValue,
               std::optional<int> current);

    Row users_;
    Row calls_;
    Row monthly_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace aih::console
