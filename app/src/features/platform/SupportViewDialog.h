// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "core/session/Credentials.h"
#include "features/audit/AuditApi.h"
#include "features/billing/BillingApi.h"
#include "features/support/SupportGrant.h"
#include "features/users/UsersApi.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace aih::console {

class AuditTableModel;
class AuthorizingNetworkManager;
class UserTableModel;

/// An operator's read-only look at a tenant, opened under its admin's support grant: its users,
/// its plan and its recent audit trail, read with the view's own token (never the operator's),
/// which the server limits to reading that tenant and ends with the grant.
class SupportViewDialog : public QDialog
{
    Q_OBJECT

public:
    SupportViewDialog(const QUrl& server, const SupportView& view, const QString& tenantName,
                      QWidget* parent = nullptr);
    ~SupportViewDialog() override;

private:
    QWidget* buildUsers();
    QWidget* buildAudit();
    void load();
    void failed(const ApiProblem& problem);

    Credentials credentials_;
    AuthorizingNetworkManager* network_;
    ApiClient client_;
    UsersApi users_;
    AuditApi audit_;
    BillingApi billing_;
    UserTableModel* userModel_;
    AuditTableModel* auditModel_;
    QLabel* plan_;
    QLabel* status_;
};

} // namespace aih::console
