// SPDX-License-Identifier: Apache-2.0
#include "features/sso/DomainsPanel.h"

#include "features/sso/SsoDomainTableModel.h"
#include "gui/CopyableField.h"
#include "gui/Icons.h"
#include "gui/MessageBox.h"
#include "gui/RecordTable.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace aih::console {

DomainsPanel::DomainsPanel(const SsoApi& api, QWidget* parent)
    : QGroupBox(tr("Email domains"), parent), api_(api), model_(new SsoDomainTableModel(this)),
      view_(new QTableView(this)), domain_(new QLineEdit(this)),
      claim_(new QPushButton(icon("add"), tr("Claim"), this)),
      verify_(new QPushButton(icon("verify"), tr("Verify"), this)),
      remove_(new QPushButton(icon("remove"), tr("Give up"), this)),
      recordName_(new CopyableField("txtRecordName", this)),
      recordValue_(new CopyableField("txtRecordValue", this))
{
    setObjectName("domainsPanel");
    view_->setObjectName("domainsView");
    view_->setModel(model_);
    setUpRecordTable(*view_);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    domain_->setObjectName("claimDomainEdit");
    domain_->setPlaceholderText(tr("example.com: the part of the members' addresses after @"));
    domain_->setMaxLength(300);
    claim_->setObjectName("claimDomainButton");
    verify_->setObjectName("verifyDomainButton");
    remove_->setObjectName("removeDomainButton");
    recordName_->setPlaceholderText(tr("Select a domain to see the record that proves it is yours"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(domain_, 1);
    bar->addWidget(claim_);
    bar->addSpacing(24);
    bar->addWidget(verify_);
    bar->addWidget(remove_);
    auto* record = new QFormLayout;
    record->addRow(tr("TXT record name"), recordName_);
    record->addRow(tr("TXT record value"), recordValue_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    layout->addLayout(record);

    connect(domain_, &QLineEdit::textChanged, this,
            [this](const QString& text) { claim_->setEnabled(text.trimmed().contains('.')); });
    connect(domain_, &QLineEdit::returnPressed, this, &DomainsPanel::claim);
    connect(claim_, &QPushButton::clicked, this, &DomainsPanel::claim);
    connect(verify_, &QPushButton::clicked, this, &DomainsPanel::verify);
    connect(remove_, &QPushButton::clicked, this, &DomainsPanel::remove);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DomainsPanel::showSelected);
    connect(model_, &QAbstractItemModel::modelReset, this, &DomainsPanel::showSelected);
    claim_->setEnabled(false);
    showSelected();
}

void DomainsPanel::reload()
{
    const auto* current = selected();
    api_.domains().then(
        this,
        [this, id = current ? current->id : QString()](const QList<SsoDomain>& domains) {
            model_->setRecords(domains);
            for (int row = 0; row < model_->rowCount(); ++row) {
                if (model_->recordAt(row)->id == id) {
                    view_->selectRow(row);
                }
            }
        },
        [this](const ApiProblem& problem) { emit failed(problem); });
}

void DomainsPanel::clear()
{
    model_->setRecords({});
    domain_->clear();
}

const SsoDomain* DomainsPanel::selected() const
{
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model_->recordAt(rows.first().row());
}

void DomainsPanel::showSelected()
{
    const auto* domain = selected();
    recordName_->setText(domain ? domain->recordName : QString());
    recordValue_->setText(domain ? domain->recordValue : QString());
    verify_->setEnabled(domain && !domain->isVerified());
    remove_->setEnabled(domain != nullptr);
}

void DomainsPanel::claim()
{
    const auto name = domain_->text().trimmed();
    if (!claim_->isEnabled() || name.isEmpty()) {
        return;
    }
    claim_->setEnabled(false);
    api_.claimDomain(name).then(
        this,
        [this](const SsoDomain& domain) {
            domain_->clear();
            model_->upsert(domain);
            view_->selectRow(model_->rowCount() - 1);
            emit done(tr("Publish the TXT record shown for %1, then verify the domain.").arg(domain.domain));
        },
        [this](const ApiProblem& problem) {
            claim_->setEnabled(true);
            emit failed(problem);
        });
}

void DomainsPanel::verify()
{
    const auto* domain = selected();
    if (!domain) {
        return;
    }
    verify_->setEnabled(false);
    api_.verifyDomain(domain->id)
        .then(
            this,
            [this](const SsoDomain& verified) {
                model_->upsert(verified);
                showSelected();
                emit done(
                    tr("%1 is verified: its addresses sign in through this tenant.").arg(verified.domain));
            },
            [this](const ApiProblem& problem) {
                // The server noted why; show it in the list as well.
                reload();
                emit failed(problem);
            });
}

void DomainsPanel::remove()
{
    const auto* domain = selected();
    if (!domain) {
        return;
    }
    MessageBox::question(
        this, tr("Give up a domain"),
        tr("Give up %1? Its addresses can no longer start single sign-on by email, and SSO is no longer "
           "required of them.")
            .arg(domain->domain),
        QMessageBox::Yes, [this, id = domain->id, name = domain->domain](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            api_.removeDomain(id).then(
                this,
                [this, name](const Done&) {
                    emit done(tr("%1 was given up.").arg(name));
                    reload();
                },
                [this](const ApiProblem& problem) { emit failed(problem); });
        });
}

} // namespace aih::console
