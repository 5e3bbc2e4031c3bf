// SPDX-License-Identifier: Apache-2.0
#include "features/sso/ScimPanel.h"

#include "features/sso/ScimTokenDialog.h"
#include "features/users/UserTableModel.h"
#include "gui/CopyableField.h"
#include "gui/Icons.h"
#include "gui/MessageBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace aih::console {

ScimPanel::ScimPanel(const SsoApi& api, QWidget* parent)
    : QGroupBox(tr("SCIM provisioning"), parent), api_(api), statusLabel_(new QLabel(this)),
      baseUrl_(new CopyableField("scimBaseUrl", this)),
      newToken_(new QPushButton(icon("key"), tr("New SCIM token…"), this))
{
    setObjectName("scimPanel");
    statusLabel_->setObjectName("scimStatusLabel");
    statusLabel_->setWordWrap(true);
    newToken_->setObjectName("newScimTokenButton");
    auto* form = new QFormLayout(this);
    form->addRow(statusLabel_);
    form->addRow(tr("SCIM base URL"), baseUrl_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newToken_);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    connect(newToken_, &QPushButton::clicked, this, &ScimPanel::confirmNewToken);
    clear();
}

void ScimPanel::reload()
{
    api_.scimToken().then(
        this, [this](const ScimTokenStatus& status) { showStatus(status); },
        [this](const ApiProblem& problem) {
            statusLabel_->setText(tr("The SCIM status is unavailable: %1").arg(problem.summary()));
            emit failed(problem);
        });
}

void ScimPanel::clear()
{
    showStatus({});
    statusLabel_->clear();
}

void ScimPanel::showStatus(const ScimTokenStatus& status)
{
    status_ = status;
    statusLabel_->setText(
        status.configured
            ? tr("The identity provider has a SCIM token, made %1.").arg(dateText(status.createdAt))
            : tr("No SCIM token yet: the identity provider cannot create, change or "
                 "deactivate accounts."));
    baseUrl_->setText(status.baseUrl);
}

void ScimPanel::confirmNewToken()
{
    if (!status_.configured) {
        createToken();
        return;
    }
    MessageBox::question(this, tr("New SCIM token"),
                         tr("A new token replaces the current one at once: the identity provider cannot "
                            "provision accounts until it is given the new one."),
                         QMessageBox::Yes, [this](QMessageBox::StandardButton answer) {
                             if (answer == QMessageBox::Yes) {
                                 createToken();
                             }
                         });
}

void ScimPanel::createToken()
{
    newToken_->setEnabled(false);
    api_.newScimToken().then(
        this,
        [this](const IssuedScimToken& issued) {
            newToken_->setEnabled(true);
            showStatus({true, issued.createdAt, issued.baseUrl});
            auto* dialog = new ScimTokenDialog(issued, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        },
        [this](const ApiProblem& problem) {
            newToken_->setEnabled(true);
            emit failed(problem);
        });
}

} // namespace aih::console
