// SPDX-License-Identifier: Apache-2.0
#include "features/apikeys/KeySecretDialog.h"

#include "gui/Clipboard.h"
#include "gui/Icons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aih::console {

KeySecretDialog::KeySecretDialog(const QString& keyName, const QString& secret, QWidget* parent)
    : QDialog(parent), secret_(secret), secretEdit_(new QLineEdit(secret, this)),
      copy_(new QPushButton(icon("copy"), tr("Copy"), this))
{
    setObjectName("keySecretDialog");
    setWindowTitle(tr("API key created"));
    auto* heading = new QLabel(tr("The key <b>%1</b> is ready.").arg(keyName.toHtmlEscaped()), this);
    auto* warning = new QLabel(tr("Store this key now, in a password manager or your program's secret store. "
                                  "It is shown only this once and cannot be recovered; if it is lost, "
                                  "rotate the key to get a new one."),
                               this);
    warning->setObjectName("secretWarningLabel");
    warning->setWordWrap(true);
    warning->setStyleSheet("background: #fff4d6; padding: 8px; border-radius: 4px;");
    secretEdit_->setObjectName("secretEdit");
    secretEdit_->setReadOnly(true);
    secretEdit_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    secretEdit_->setMinimumWidth(secretEdit_->fontMetrics().horizontalAdvance(secret) + 24);
    copy_->setObjectName("copyButton");
    auto* done = new QDialogButtonBox(this);
    auto* stored = done->addButton(tr("I have stored the key"), QDialogButtonBox::AcceptRole);
    stored->setObjectName("doneButton");

    auto* row = new QHBoxLayout;
    row->addWidget(secretEdit_, 1);
    row->addWidget(copy_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addWidget(warning);
    layout->addWidget(done);

    connect(copy_, &QPushButton::clicked, this, &KeySecretDialog::copy);
    connect(done, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

void KeySecretDialog::copy()
{
    copySecret(secret_);
    copy_->setText(tr("Copied"));
}

} // namespace aih::console
