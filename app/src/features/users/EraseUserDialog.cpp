// SPDX-License-Identifier: Apache-2.0
#include "features/users/EraseUserDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aih::console {

EraseUserDialog::EraseUserDialog(const QString& email, QWidget* parent)
    : QDialog(parent), email_(email), confirmation_(new QLineEdit(this)), error_(new QLabel(this)),
      erase_(new QPushButton(tr("Erase"), this))
{
    setObjectName("eraseUserDialog");
    setWindowTitle(tr("Erase personal data"));
    auto* text = new QLabel(tr("Erase everything the tenant holds about <b>%1</b>: name, address, sign-in "
                               "methods, sessions and API keys. Audit entries stay, naming an anonymous "
                               "stand-in instead. This cannot be undone; export the data first if the "
                               "person asked for a copy.")
                                .arg(email.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto* prompt = new QLabel(tr("Type the address to confirm:"), this);
    confirmation_->setObjectName("confirmEmailEdit");
    confirmation_->setPlaceholderText(email);
    error_->setObjectName("eraseErrorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b91c1c"));
    error_->hide();
    erase_->setObjectName("confirmEraseButton");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(erase_, QDialogButtonBox::DestructiveRole);
    cancel_ = buttons->button(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(prompt);
    layout->addWidget(confirmation_);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    connect(confirmation_, &QLineEdit::textChanged, this, &EraseUserDialog::updateButton);
    connect(erase_, &QPushButton::clicked, this, [this] {
        if (erase_->isEnabled()) {
            emit confirmed();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

void EraseUserDialog::setBusy(bool busy)
{
    busy_ = busy;
    confirmation_->setEnabled(!busy);
    cancel_->setEnabled(!busy);
    updateButton();
}

void EraseUserDialog::reject()
{
    if (!busy_) {
        QDialog::reject();
    }
}

void EraseUserDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->show();
}

void EraseUserDialog::updateButton()
{
    // Addresses compare without case, as the server keeps them.
    erase_->setEnabled(!busy_ && confirmation_->text().trimmed().compare(email_, Qt::CaseInsensitive) == 0);
}

} // namespace aih::console
