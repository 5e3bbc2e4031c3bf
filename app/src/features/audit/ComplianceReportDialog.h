// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/audit/AuditApi.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace aih::console {

/// The audit trail's compliance report for a period (the last 30 days at first): events and
/// failures, failed sign-ins, what admins did, what happened to API keys, and where the chain
/// and its newest signed checkpoint stand, all as the server sums them.
class ComplianceReportDialog : public QDialog
{
    Q_OBJECT

public:
    ComplianceReportDialog(const AuditApi& api, QWidget* parent = nullptr);

    /// Asks the server for the report of the chosen days.
    void build();
    const std::optional<ComplianceReport>& report() const { return report_; }

signals:
    /// The report arrived and is shown, or `failed` with the server's reason.
    void built(bool failed);

private:
    void show(const ComplianceReport& report);
    QTableWidget* addTable(const QString& name, const QStringList& headers);

    const AuditApi& api_;
    QDateEdit* from_;
    QDateEdit* to_;
    QPushButton* build_;
    QLabel* status_;
    QLabel* events_;
    QLabel* signIns_;
    QLabel* chain_;
    QTableWidget* byAction_;
    QTableWidget* adminActions_;
    QTableWidget* keyEvents_;
    std::optional<ComplianceReport> report_;
};

} // namespace aih::console
