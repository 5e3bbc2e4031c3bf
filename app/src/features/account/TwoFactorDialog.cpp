// SPDX-License-Identifier: Apache-2.0
#include "features/account/TwoFactorDialog.h"

#include "gui/QrCode.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace aih::console {

TwoFactorDialog::TwoFactorDialog(const AccountApi& api, QWidget* parent)
    : QDialog(parent), api_(api), intro_(new QLabel(this)), qr_(new QLabel(this)),
      secret_(new QLineEdit(this)), recoveryCodes_(new QPlainTextEdit(this)), code_(new QLineEdit(this)),
      error_(new QLabel(this)), action_(new QPushButton(tr("Turn on"), this))
{
    setObjectName("twoFactorDialog");
    setWindowTitle(tr("Two-factor authentication"));
    intro_->setObjectName("introLabel");
    intro_->setWordWrap(true);
    intro_->setText(tr("Asking the server…"));
    qr_->setObjectName("qrLabel");
    qr_->setAlignment(Qt::AlignCenter);
    qr_->hide();
    secret_->setObjectName("secretEdit");
    secret_->setReadOnly(true);
    secret_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    secret_->hide();
    recoveryCodes_->setObjectName("recoveryCodesEdit");
    recoveryCodes_->setReadOnly(true);
    recoveryCodes_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    recoveryCodes_->setMaximumHeight(120);
    recoveryCodes_->hide();
    code_->setObjectName("codeEdit");
    code_->setMaxLength(32);
    code_->setEnabled(false);
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    action_->setObjectName("actionButton");
    action_->setEnabled(false);
    action_->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(action_, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto* form = new QFormLayout(this);
    form->addRow(intro_);
    form->addRow(qr_);
    form->addRow(tr("Secret"), secret_);
    form->addRow(tr("Recovery codes"), recoveryCodes_);
    form->addRow(tr("Code"), code_);
    form->addRow(error_);
    form->addRow(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, &TwoFactorDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TwoFactorDialog::start()
{
    api_.startTotp().then(
        this, [this](const TotpEnrolment& enrolment) { showEnrolment(enrolment); },
        [this](const ApiProblem& problem) {
            if (problem.isHttp(409)) {
                showRemoval();
            } else {
                showError(problem.message());
            }
        });
}

void TwoFactorDialog::showEnrolment(const TotpEnrolment& enrolment)
{
    intro_->setText(tr("Scan the code with an authenticator app (or type the secret in), store the recovery "
                       "codes somewhere safe, and enter the app's first code. The recovery codes are shown "
                       "only now; each signs you in once if the phone is lost."));
    qr_->setPixmap(QPixmap::fromImage(qrCode(enrolment.otpauthUri, 5)));
    qr_->setToolTip(enrolment.otpauthUri);
    qr_->show();
    secret_->setText(enrolment.secret);
    secret_->show();
    recoveryCodes_->setPlainText(enrolment.recoveryCodes.join('\n'));
    recoveryCodes_->show();
    code_->setEnabled(true);
    code_->setFocus();
    action_->setEnabled(true);
}

void TwoFactorDialog::showRemoval()
{
    removing_ = true;
    intro_->setText(tr("Two-factor authentication is on. To turn it off, enter a code from the app or one of "
                       "your recovery codes."));
    action_->setText(tr("Turn off"));
    code_->setEnabled(true);
    code_->setFocus();
    action_->setEnabled(true);
}

void TwoFactorDialog::submit()
{
    if (code_->text().trimmed().isEmpty()) {
        showError(tr("Enter a code."));
        return;
    }
    action_->setEnabled(false);
    const bool removing = removing_;
    auto done = [this, removing](const Done&) {
        emit changed(!removing);
        accept();
    };
    auto failed = [this](const ApiProblem& problem) {
        action_->setEnabled(true);
        showError(problem.message());
    };
    if (removing) {
        api_.removeTotp(code_->text()).then(this, done, failed);
    } else {
        api_.confirmTotp(code_->text()).then(this, done, failed);
    }
}

void TwoFactorDialog::showError(const QString& text)
{
    error_->setText(text);
    error_->show();
}

} // namespace aih::console
