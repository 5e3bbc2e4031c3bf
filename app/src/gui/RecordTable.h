// SPDX-License-Identifier: Apache-2.0
#pragma once

class QTableView;

namespace aih::console {

/// How every list of records looks (set up after the model is set): whole rows selected, no row
/// numbers, one line per row, each column fitted to its contents whenever rows arrive or change (so dates
/// in the locale's short format stay on one line), the last column taking the rest of the width.
void setUpRecordTable(QTableView& view);

} // namespace aih::console
