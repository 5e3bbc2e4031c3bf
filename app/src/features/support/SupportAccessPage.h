// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/support/SupportApi.h"
#include "gui/Page.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace aih::console {

class SupportGrantTableModel;

/// Support access, for the tenant's admins: let the platform's support read the tenant for a
/// while (never change it), see when they did and who, and end it at any moment.
class SupportAccessPage : public Page
{
    Q_OBJECT

public:
    explicit SupportAccessPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("support"); }
    bool isAvailableTo(const Session& session) const override;
    void refresh() override;
    void clear() override;

private:
    QWidget* buildGrantForm();
    void grant();
    /// Asks, then ends the selected grant.
    void revokeSelected();
    void updateActions();

    SupportApi api_;
    SupportGrantTableModel* model_;
    QComboBox* duration_;
    QLineEdit* reason_;
    QPushButton* grant_;
    QTableView* table_;
    QPushButton* revoke_;
};

} // namespace aih::console
