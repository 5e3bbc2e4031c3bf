// SPDX-License-Identifier: Apache-2.0
#include "features/audit/AuditDetailDialog.h"

#include "features/users/UserTableModel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>

namespace aih::console {

AuditDetailDialog::AuditDetailDialog(const AuditEntry& entry, QWidget* parent) : QDialog(parent)
{
    setObjectName("auditDetailDialog");
    setWindowTitle(tr("Audit entry %1").arg(entry.seq));
    resize(640, 560);
    auto* form = new QFormLayout(this);
    const auto addRow = [&](const QString& label, const QString& value) {
        auto* text = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        form->addRow(label, text);
    };
    addRow(tr("Time"), dateText(entry.occurredAt));
    addRow(tr("Action"), entry.action);
    addRow(tr("Outcome"), entry.success ? tr("Succeeded") : tr("Failed: %1").arg(entry.errorDetail));
    addRow(tr("Actor"),
           entry.actorLabel() + (entry.actorRole.isEmpty() ? QString() : " (" + entry.actorRole + ')'));
    addRow(tr("Actor ID"), entry.actorUserId);
    addRow(tr("Address"), entry.ipAddress);
    addRow(tr("Request"), entry.method + ' ' + entry.path);
    addRow(tr("Request ID"), entry.requestId);

    auto* metadata = new QPlainTextEdit(this);
    metadata->setObjectName("metadataView");
    metadata->setReadOnly(true);
    metadata->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    metadata->setPlainText(QString::fromUtf8(QJsonDocument(entry.raw).toJson(QJsonDocument::Indented)));
    form->addRow(tr("Everything recorded"), metadata);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace aih::console
