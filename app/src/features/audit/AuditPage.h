// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/audit/AuditApi.h"
#include "gui/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace aih::console {

class AuditTableModel;

/// The tenant's audit log: filters applied by the server, paging on demand, the detail of an
/// entry, export to CSV or JSON with progress, and the verification of the hash chain.
class AuditPage : public Page
{
    Q_OBJECT

public:
    static constexpr int pageSize = 100;

    explicit AuditPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("audit"); }
    bool servesOperators() const override { return true; }
    bool isAvailableTo(const Session& session) const override;
    void refresh() override;
    void clear() override;

    AuditTableModel* model() const { return model_; }
    AuditFilter filter() const;

private:
    void buildFilterBar();
    void buildActions();
    void loadMore();
    void showDetail(const QModelIndex& index);
    void exportAs(AuditApi::ExportFormat format);
    void verify();

    AuditApi api_;
    AuditTableModel* model_;
    QTableView* view_;
    QComboBox* period_;
    QLineEdit* action_;
    QComboBox* outcome_;
    QLineEdit* search_;
    QPushButton* loadMore_;
    QToolButton* export_;
    QToolButton* verify_;
    QLabel* verifyResult_;
    QString cursor_;
};

} // namespace aih::console
