// SPDX-License-Identifier: Apache-2.0
#include "features/sso/ScimTokenDialog.h"

#include "gui/Clipboard.h"
#include "gui/CopyableField.h"
#include "gui/Icons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace aih::console {

ScimTokenDialog::ScimTokenDialog(const IssuedScimToken& issued, QWidget* parent)
    : QDialog(parent), token_(issued.token), copy_(new QPushButton(icon("copy"), tr("Copy"), this))
{
    setObjectName("scimTokenDialog");
    setWindowTitle(tr("SCIM token created"));
    auto* tokenEdit = new QLineEdit(issued.token, this);
    tokenEdit->setObjectName("scimTokenEdit");
    tokenEdit->setReadOnly(true);
    tokenEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tokenEdit->setMinimumWidth(tokenEdit->fontMetrics().horizontalAdvance(issued.token) + 24);
    copy_->setObjectName("copyButton");
    auto* baseUrl = new CopyableField("scimTokenBaseUrl", this);
    baseUrl->setText(issued.baseUrl);
    auto* warning = new QLabel(tr("Enter this token in your identity provider's provisioning settings now. "
                                  "It is shown only this once and cannot be recovered; a new token replaces "
                                  "it, and the old one stops working at once."),
                               this);
    warning->setObjectName("scimTokenWarningLabel");
    warning->setWordWrap(true);
    warning->setStyleSheet("background: #fff4d6; padding: 8px; border-radius: 4px;");
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("I have stored the token"), QDialogButtonBox::AcceptRole)
        ->setObjectName("doneButton");

    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(tokenEdit, 1);
    tokenRow->addWidget(copy_);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Token"), tokenRow);
    form->addRow(tr("SCIM base URL"), baseUrl);
    form->addRow(warning);
    form->addRow(buttons);

    connect(copy_, &QPushButton::clicked, this, [this] {
        copySecret(token_);
        copy_->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

} // namespace aih::console
