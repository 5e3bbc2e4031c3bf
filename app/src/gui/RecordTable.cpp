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
    // Fitted whenever rows arrive or change (a status that grows, "Active" to "Deactivated"), and
    // still resizable by hand (ResizeToContents would lock them).
    if (auto* model = view.model()) {
        const auto fit = [&view] {
            view.resizeColumnsToContents();
            // Fitting sizes the last column too; stretching it again gives it the rest back.
            view.horizontalHeader()->setStretchLastSection(false);
            view.horizontalHeader()->setStretchLastSection(true);
        };
        QObject::connect(model, &QAbstractItemModel::modelReset, &view, fit);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &view, fit);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, &view, fit);
        QObject::connect(model, &QAbstractItemModel::dataChanged, &view, fit);
    }
}

} // namespace aih::console
