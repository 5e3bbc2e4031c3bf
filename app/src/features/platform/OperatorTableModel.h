// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/session/User.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// The platform's operator accounts: who, with which operator role, active or not, last seen.
class OperatorTableModel : public RecordTableModel<User, 5>
{
    Q_OBJECT

public:
    enum Column
    {
        Email,
        Name,
        OperatorRole,
        Status,
        LastSignIn,
        ColumnCount
    };

    explicit OperatorTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

/// "Platform admin" or "Platform support", as the console names the roles.
QString operatorRoleText(const QString& operatorRole);

} // namespace aih::console
