// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/audit/AuditApi.h"
#include "features/platform/PlatformApi.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace aih::console {

class AuditTableModel;

/// One tenant for an operator: plan and overrides, billing state, seats and limits, its state
/// (suspended, closing), and what operators did to it (the platform's audit chain, filtered to
/// the tenant). Its data inside (users, usage) is for a support view under the admin's grant.
class TenantDetailDialog : public QDialog
{
    Q_OBJECT

public:
    TenantDetailDialog(const TenantSummary& tenant, const ApiClient& client, QWidget* parent = nullptr);

private:
    void present(const TenantDetail& detail);
    QLabel* field(const QString& name, const QString& label);

    PlatformApi platform_;
    AuditApi audit_;
    QFormLayout* form_;
    AuditTableModel* actions_;
    QLabel* status_;
};

} // namespace aih::console
