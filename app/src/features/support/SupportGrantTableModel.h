// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/support/SupportGrant.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// The tenant's support access grants, newest first: whether each is in force, until when, why,
/// and how often operators opened the tenant under it.
class SupportGrantTableModel : public RecordTableModel<SupportGrant, 5>
{
    Q_OBJECT

public:
    enum Column
    {
        Status,
        Until,
        Opened,
        Granted,
        Reason, ///< last: it can be long
        ColumnCount
    };

    explicit SupportGrantTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const SupportGrant& grant) const;
    QString openedText(const SupportGrant& grant) const;
};

} // namespace aih::console
