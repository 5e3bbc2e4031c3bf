// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/sso/SsoDomain.h"
#include "gui/RecordTableModel.h"

namespace aih::console {

/// The email domains claimed for single sign-on, one row each.
class SsoDomainTableModel : public RecordTableModel<SsoDomain, 4>
{
    Q_OBJECT

public:
    enum Column
    {
        Domain,
        Status,
        Checked,
        Problem,
        ColumnCount
    };

    explicit SsoDomainTableModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace aih::console
