// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/platform/PlatformApi.h"
#include "gui/Page.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace aih::console {

class TenantTableModel;

/// The operator's tenants (operator accounts only: members of the platform tenant): search by
/// name or slug, narrow by plan and state, and, for platform-admins, suspend or reactivate the
/// selected tenant. Platform-support sees the same list and cannot change it.
class TenantsPage : public Page
{
    Q_OBJECT

public:
    explicit TenantsPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("tenants"); }
    bool servesOperators() const override { return true; }
    bool isAvailableTo(const Session& session) const override;
    bool isIncludedIn(const Tenant& tenant) const override;
    void refresh() override;
    void clear() override;

private:
    QWidget* buildFilters();
    const TenantSummary* selected() const;
    void updateActions();
    /// Asks, then suspends (true) or reactivates (false) the selected tenant.
    void setSuspended(bool suspended);

    PlatformApi api_;
    TenantTableModel* model_;
    QLineEdit* search_;
    QComboBox* tier_;
    QComboBox* state_;
    QTableView* table_;
    QPushButton* suspend_;
    QPushButton* reactivate_;
    /// Typing searches once the typing pauses, not on every key.
    QTimer* searchDelay_;
};

} // namespace aih::console
