// SPDX-License-Identifier: Apache-2.0
#include "features/webhooks/SigningSecretDialog.h"

#include "gui/CopyableField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace aih::console {

SigningSecretDialog::SigningSecretDialog(const QString& url, const QString& secret, QWidget* parent)
    : QDialog(parent)
{
    setObjectName("signingSecretDialog");
    setWindowTitle(tr("Signing secret"));
    auto* heading =
        new QLabel(tr("Deliveries to <b>%1</b> are signed with this secret.").arg(url.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    auto* field = new CopyableField("signingSecret", this);
    field->setText(secret);
    auto* warning = new QLabel(tr("Store it with your receiver now: it is shown only this once. Verify each "
                                  "delivery with stripe.webhooks.constructEvent(body, AIH-Signature header, "
                                  "secret). If it is lost, rotate the secret."),
                               this);
    warning->setObjectName("secretWarningLabel");
    warning->setWordWrap(true);
    warning->setStyleSheet("background: #fff4d6; padding: 8px; border-radius: 4px;");
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("I have stored the secret"), QDialogButtonBox::AcceptRole)
        ->setObjectName("doneButton");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(field);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    resize(620, sizeHint().height());
}

} // namespace aih::console
