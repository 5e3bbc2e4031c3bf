// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace aih::console {

class Page;

/// The rows of a table as the user sees them (filtered and sorted, display texts, the header row
/// first) as RFC 4180 CSV in UTF-8. A cell that a spreadsheet would run as a formula (starting
/// with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe, as OWASP
/// advises against CSV injection: names and emails are typed by other people.
QByteArray csvOfTable(const QAbstractItemModel& model);

/// Asks where to save, writes `csvOfTable(model)` there atomically and says how it went in the
/// page's banner.
void exportTableAsCsv(Page* page, const QAbstractItemModel& model, const QString& caption,
                      const QString& suggestedName);

} // namespace aih::console
