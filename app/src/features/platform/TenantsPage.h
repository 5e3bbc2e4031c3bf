// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/OperatorPage.h"
#include "features/platform/PlatformApi.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace aih::console {

class CloseTenantDialog;
class LimitsDialog;
class TenantTableModel;

/// The operator's tenants (operator accounts only: members of the platform tenant): search by
/// name or slug, narrow by plan and state, and, for platform-admins, suspend or reactivate the
/// selected tenant, override its limits, close it and save its archive. Platform-support sees the
/// same list and cannot change it.
class TenantsPage : public OperatorPage
{
    Q_OBJECT

public:
    explicit TenantsPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("tenants"); }
    void refresh() override;
    void clear() override;

private:
    QWidget* buildFilters();
    /// Searches with the filters as they are; `notice`, when given, is shown once loaded.
    void load(const QString& notice);
    const TenantSummary* selected() const;
    void updateActions();
    /// Asks, then suspends (true) or reactivates (false) the selected tenant.
    void setSuspended(bool suspended);
    /// Loads the selected tenant's overrides and opens the limits dialog on them.
    void editLimits();
    void saveLimits(LimitsDialog* dialog, const TenantSummary& tenant, const LimitOverrides& overrides);
    /// Asks for the grace period and the slug, then closes the selected tenant.
    void closeTenant();
    void submitClose(CloseTenantDialog* dialog, const TenantSummary& tenant, int graceDays);
    /// Saves the selected tenant's archive to a file the operator chooses.
    void downloadArchive();
    /// Opens the selected tenant read-only, if its admin granted support access.
    void viewAs();
    /// Shows the selected tenant's plan, billing, limits, state and the operators' actions on it.
    void showDetail();

    PlatformApi api_;
    TenantTableModel* model_;
    QLineEdit* search_;
    QComboBox* tier_;
    QComboBox* state_;
    QTableView* table_;
    QPushButton* suspend_;
    QPushButton* reactivate_;
    QPushButton* limits_;
    QPushButton* close_;
    QPushButton* archive_;
    QPushButton* viewAs_;
    QPushButton* detail_;
    /// Typing searches once the typing pauses, not on every key.
    QTimer* searchDelay_;
};

} // namespace aih::console
