// SPDX-License-Identifier: Apache-2.0
#include "features/sso/ConnectionTestDialog.h"

#include "features/sso/ConnectionTest.h"
#include "features/users/UserTableModel.h"
#include "gui/UrlOpener.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace aih::console {

ConnectionTestDialog::ConnectionTestDialog(const SsoApi& api, UrlOpener& browser,
                                           const SsoConnection& connection, QWidget* parent)
    : QDialog(parent), browser_(browser), test_(new ConnectionTest(api, connection.id, this)),
      status_(new QLabel(this)), busy_(new QProgressBar(this)), cancel_(new QPushButton(tr("Cancel"), this)),
      claims_(new QWidget(this)), claimsForm_(new QFormLayout(claims_))
{
    setObjectName("connectionTestDialog");
    setWindowTitle(tr("Test %1").arg(connection.name));
    status_->setObjectName("testStatusLabel");
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    busy_->setRange(0, 0);
    busy_->setMaximumHeight(6);
    busy_->setTextVisible(false);
    cancel_->setObjectName("cancelTestButton");
    claims_->setObjectName("claimsPanel");
    claims_->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName("closeButton");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status_);
    layout->addWidget(busy_);
    layout->addWidget(cancel_, 0, Qt::AlignRight);
    layout->addWidget(claims_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(cancel_, &QPushButton::clicked, test_, &ConnectionTest::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test_, &ConnectionTest::browserNeeded, this, [this](const QUrl& url) {
        if (!browser_.open(url)) {
            test_->cancel();
            showProblem(
                ApiProblem::transport(ApiProblem::Kind::Browser, tr("The web browser could not be opened.")));
        }
    });
    connect(test_, &ConnectionTest::finished, this, &ConnectionTestDialog::showResult);
    connect(test_, &ConnectionTest::failed, this, &ConnectionTestDialog::showProblem);
}

void ConnectionTestDialog::start()
{
    setWaiting(true);
    status_->setText(tr("Sign in at the identity provider in your web browser, as a member of the tenant "
                        "would. Nobody is signed in by the test; this shows what the provider sent."));
    test_->start();
}

void ConnectionTestDialog::setWaiting(bool waiting)
{
    busy_->setVisible(waiting);
    cancel_->setVisible(waiting);
}

void ConnectionTestDialog::showResult(const SsoTestResult& result)
{
    setWaiting(false);
    if (!result.ok || !result.claims) {
        status_->setText(tr("The identity provider's answer was not accepted: %1").arg(result.error));
        return;
    }
    status_->setText(tr("The identity provider's answer was accepted."));
    const auto& claims = *result.claims;
    const auto addRow = [this](const QString& label, const QString& name, const QString& value) {
        auto* text = new QLabel(value, claims_);
        text->setObjectName(name);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        claimsForm_->addRow(label, text);
    };
    addRow(tr("Issuer"), "claimIssuerLabel", claims.issuer);
    addRow(tr("Subject"), "claimSubjectLabel", claims.subject);
    addRow(tr("Email"), "claimEmailLabel",
           claims.emailVerified ? tr("%1 (verified)").arg(claims.email)
                                : tr("%1 (not verified)").arg(claims.email));
    addRow(tr("Name"), "claimNameLabel", claims.name);
    addRow(tr("Groups"), "claimGroupsLabel", claims.groups.isEmpty() ? tr("none") : claims.groups.join(", "));
    addRow(tr("Maps to role"), "mappedRoleLabel", result.role ? roleTitle(*result.role) : tr("none"));
    claims_->show();
}

void ConnectionTestDialog::showProblem(const ApiProblem& problem)
{
    setWaiting(false);
    status_->setText(problem.kind == ApiProblem::Kind::Cancelled ? tr("The test was cancelled.")
                                                                 : problem.message());
}

} // namespace aih::console
