// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/audit/AuditEntry.h"

#include <QDialog>

namespace aih::console {

/// One audit entry in full: its main fields, and every member the server sent (metadata
/// included) as formatted JSON.
class AuditDetailDialog : public QDialog
{
    Q_OBJECT

public:
    AuditDetailDialog(const AuditEntry& entry, QWidget* parent = nullptr);
};

} // namespace aih::console
