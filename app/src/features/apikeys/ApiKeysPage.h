// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/apikeys/ApiKeysApi.h"
#include "gui/Page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace aih::console {

class ApiKeyTableModel;

/// API keys: the user's own (admins and managers: optionally the tenant's), create with scopes,
/// limit and expiry, rotate, and revoke after confirmation. New secrets are shown once.
class ApiKeysPage : public Page
{
    Q_OBJECT

public:
    explicit ApiKeysPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("key"); }
    void refresh() override;
    void clear() override;

    ApiKeyTableModel* model() const { return model_; }

private:
    void buildToolbar();
    const ApiKey* selectedKey() const;
    void updateActions();
    void showLimits(const RateLimitStatus& status);
    void openCreateDialog();
    void rotateSelected();
    void revokeSelected();
    void showSecret(const IssuedKey& issued);

    ApiKeysApi api_;
    ApiKeyTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    QLineEdit* filter_;
    QCheckBox* showAll_;
    QToolButton* create_;
    QToolButton* rotate_;
    QToolButton* revoke_;
    QLabel* limits_;
};

} // namespace aih::console
