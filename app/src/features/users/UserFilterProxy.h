// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

namespace aih::console {

/// Filters the user table by text (email or name), role and whether deactivated users show.
class UserFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    /// Empty: every role; else a role's wire name ("manager").
    void setRole(const QString& role);
    void setShowInactive(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text_;
    QString role_;
    bool showInactive_ = true;
};

} // namespace aih::console
