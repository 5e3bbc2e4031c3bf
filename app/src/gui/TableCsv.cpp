// SPDX-License-Identifier: Apache-2.0
#include "gui/TableCsv.h"

#include "gui/FileDialog.h"
#include "gui/Page.h"
#include "gui/SaveFile.h"
#include "gui/StatusBanner.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <functional>

namespace aih::console {
namespace {

void appendCell(QByteArray& out, QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quoted) {
        out += text.toUtf8();
        return;
    }
    out += '"';
    out += text.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8();
    out += '"';
}

void appendRow(QByteArray& out, int columns, const std::function<QString(int)>& cellText)
{
    for (int column = 0; column < columns; ++column) {
        if (column > 0) {
            out += ',';
        }
        appendCell(out, cellText(column));
    }
    out += "\r\n";
}

} // namespace

QByteArray csvOfTable(const QAbstractItemModel& model)
{
    QByteArray out;
    const int columns = model.columnCount();
    appendRow(out, columns, [&](int column) {
        return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    });
    for (int row = 0; row < model.rowCount(); ++row) {
        appendRow(out, columns, [&](int column) { return model.index(row, column).data().toString(); });
    }
    return out;
}

void exportTableAsCsv(Page* page, const QAbstractItemModel& model, const QString& caption,
                      const QString& suggestedName)
{
    // The rows are taken when the user has chosen the file, as the table shows them then.
    FileDialog::saveFile(
        page, caption, suggestedName, Page::tr("CSV files (*.csv)"),
        [page = QPointer<Page>(page),
         model = QPointer<const QAbstractItemModel>(&model)](const QString& fileName) {
            if (fileName.isEmpty() || !page || !model) {
                return;
            }
            if (const auto error = saveFileAtomically(fileName, csvOfTable(*model))) {
                page->banner()->present(StatusBanner::Kind::Error,
                                        Page::tr("Could not save %1: %2").arg(fileName, *error));
                return;
            }
            page->banner()->present(
                StatusBanner::Kind::Info,
                Page::tr("Exported %n row(s) to %1.", nullptr, model->rowCount()).arg(fileName));
        });
}

} // namespace aih::console
