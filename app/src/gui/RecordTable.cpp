// SPDX-License-Identifier: Apache-2.0
#include "gui/RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace aih::console {

void setUpRecordTable(QTableView& view)
{
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    auto* header = view.horizontalHeader();
    header->setStretchLastSection(true);
    // Fitted whenever rows arrive, and still resizable by hand (ResizeToContents would lock them).
    if (auto* model = view.model()) {
        const auto fit = [&view] { view.resizeColumnsToContents(); };
        QObject::connect(model, &QAbstractItemModel::modelReset, &view, fit);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &view, fit);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, &view, fit);
    }
}

} // namespace aih::console
