// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/audit/AuditEntry.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// Audit entries as the server pages them in, newest first; later pages are appended.
class AuditTableModel : public RecordTableModel<AuditEntry, 6>
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Action,
        Actor,
        Outcome,
        Address,
        Request,
        ColumnCount
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AuditEntry& entry, int column) const;
};

} // namespace aih::console
