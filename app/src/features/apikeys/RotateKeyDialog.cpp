// SPDX-License-Identifier: Apache-2.0
#include "features/apikeys/RotateKeyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace aih::console {

RotateKeyDialog::RotateKeyDialog(const QString& keyName, QWidget* parent)
    : QDialog(parent), grace_(new QComboBox(this))
{
    setObjectName("rotateKeyDialog");
    setWindowTitle(tr("Rotate API key"));
    grace_->setObjectName("graceCombo");
    grace_->addItem(tr("Stops at once"), 0);
    grace_->addItem(tr("Works for 1 more hour"), 3600);
    grace_->addItem(tr("Works for 1 more day"), 86400);
    grace_->addItem(tr("Works for 7 more days"), 7 * 86400);
    auto* text = new QLabel(tr("Rotating <b>%1</b> issues a new secret. Programs using the old secret must "
                               "be updated; choose how long the old one keeps working meanwhile.")
                                .arg(keyName.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName("rotateButton");
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Rotate"));
    auto* form = new QFormLayout(this);
    form->addRow(text);
    form->addRow(tr("Old secret"), grace_);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int RotateKeyDialog::graceSeconds() const
{
    return grace_->currentData().toInt();
}

} // namespace aih::console
