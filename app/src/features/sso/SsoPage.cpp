// SPDX-License-Identifier: Apache-2.0
#include "features/sso/SsoPage.h"

#include "core/ConsoleCore.h"
#include "features/sso/ConnectionDialog.h"
#include "features/sso/ConnectionTestDialog.h"
#include "features/sso/DomainsPanel.h"
#include "features/sso/ScimPanel.h"
#include "features/sso/SsoConnectionTableModel.h"
#include "gui/CopyableField.h"
#include "gui/FormLabels.h"
#include "gui/MessageBox.h"
#include "gui/RecordTable.h"
#include "gui/StatusBanner.h"
#include "gui/ToolButtons.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace aih::console {

SsoPage::SsoPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "ssoPage", parent), api_(context.core.api()), users_(context.core.api()),
      model_(new SsoConnectionTableModel(this)), view_(new QTableView(this)), create_(new QToolButton(this)),
      edit_(new QToolButton(this)), test_(new QToolButton(this)), remove_(new QToolButton(this)),
      redirectUri_(new CopyableField("redirectUri", this)),
      providerUrl_(new CopyableField("discoveryUrl", this)), urls_(new QFormLayout),
      domains_(new DomainsPanel(api_, this)), scim_(new ScimPanel(api_, this))
{
    content()->addWidget(buildConnections(), 3);
    content()->addWidget(domains_, 2);
    content()->addWidget(scim_);
    const auto showProblem = [this](const ApiProblem& problem) { banner()->showProblem(problem); };
    connect(domains_, &DomainsPanel::failed, this, showProblem);
    connect(scim_, &ScimPanel::failed, this, showProblem);
    connect(domains_, &DomainsPanel::done, this,
            [this](const QString& message) { banner()->present(StatusBanner::Kind::Info, message); });
}

QWidget* SsoPage::buildConnections()
{
    view_->setObjectName("connectionsView");
    view_->setModel(model_);
    setUpRecordTable(*view_);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpToolButton(create_, "createConnectionButton", tr("New connection"), "add");
    setUpToolButton(edit_, "editConnectionButton", tr("Edit"), "settings");
    setUpToolButton(test_, "testConnectionButton", tr("Test connection"), "verify");
    setUpToolButton(remove_, "removeConnectionButton", tr("Delete"), "remove");
    create_->setShortcut(QKeySequence::New);
    remove_->setShortcut(QKeySequence::Delete);
    redirectUri_->setPlaceholderText(tr("Shown once a connection is added"));
    redirectUri_->setToolTip(tr("Register this as the client's redirect URI at the identity provider."));

    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    for (auto* button : {create_, edit_, test_, remove_}) {
        bar->addWidget(button);
    }
    auto* urls = urls_;
    urls->addRow(tr("Redirect URI to register"), redirectUri_);
    urls->addRow(tr("Discovery URL"), providerUrl_);
    auto* group = new QGroupBox(tr("Identity provider connections"), this);
    auto* layout = new QVBoxLayout(group);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    layout->addLayout(urls);

    connect(create_, &QToolButton::clicked, this, [this] { openDialog(std::nullopt); });
    connect(edit_, &QToolButton::clicked, this, [this] {
        if (const auto* connection = selectedConnection()) {
            openDialog(*connection);
        }
    });
    connect(view_, &QTableView::activated, this, [this] { edit_->click(); });
    connect(test_, &QToolButton::clicked, this, &SsoPage::testSelected);
    connect(remove_, &QToolButton::clicked, this, &SsoPage::removeSelected);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SsoPage::showSelected);
    connect(model_, &QAbstractItemModel::modelReset, this, &SsoPage::showSelected);
    showSelected();
    return group;
}

QString SsoPage::title() const
{
    return tr("Single sign-on");
}

bool SsoPage::isAvailableTo(const Session& session) const
{
    return session.user().role == Role::Admin && isIncludedIn(session.tenant());
}

bool SsoPage::isIncludedIn(const Tenant& tenant) const
{
    return tenant.hasFeature("sso");
}

void SsoPage::refresh()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading single sign-on…"));
    const auto selected = selectedConnection() ? selectedConnection()->id : QString();
    api_.connections().then(
        this,
        [this, selected](const QList<SsoConnection>& connections, const Freshness& freshness) {
            model_->setRecords(connections);
            selectConnection(selected.isEmpty() && !connections.isEmpty() ? connections.first().id
                                                                          : selected);
            banner()->showFreshness(freshness);
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
    // The break-glass admin is chosen among the tenant's active admins.
    users_.list().then(
        this,
        [this](const QList<User>& users) {
            admins_.clear();
            std::copy_if(users.begin(), users.end(), std::back_inserter(admins_),
                         [](const User& user) { return user.role == Role::Admin && user.active; });
        },
        [](const ApiProblem&) {});
    domains_->reload();
    scim_->reload();
}

void SsoPage::clear()
{
    model_->setRecords({});
    admins_.clear();
    domains_->clear();
    scim_->clear();
    invalidate();
}

const SsoConnection* SsoPage::selectedConnection() const
{
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model_->recordAt(rows.first().row());
}

void SsoPage::selectConnection(const QString& id)
{
    for (int row = 0; row < model_->rowCount(); ++row) {
        if (model_->recordAt(row)->id == id) {
            view_->selectRow(row);
            return;
        }
    }
}

void SsoPage::showSelected()
{
    const auto* connection = selectedConnection();
    // A SAML provider is given the ACS URL and this server's entity id (its metadata URL).
    const bool saml = connection != nullptr && connection->isSaml();
    redirectUri_->setText(connection ? connection->redirectUri : QString());
    providerUrl_->setText(connection ? (saml ? connection->metadataUrl : connection->discoveryUrl)
                                     : QString());
    setFieldLabel(urls_, redirectUri_, saml ? tr("ACS URL to register") : tr("Redirect URI to register"));
    setFieldLabel(urls_, providerUrl_, saml ? tr("Entity ID and metadata URL") : tr("Discovery URL"));
    for (auto* button : {edit_, test_, remove_}) {
        button->setEnabled(connection != nullptr);
    }
    test_->setToolTip(connection && !connection->enabled ? tr("A disabled connection signs nobody in.")
                                                         : QString());
}

void SsoPage::openDialog(const std::optional<SsoConnection>& existing)
{
    auto* dialog = new ConnectionDialog(admins_, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::submitted, this,
            [this, dialog, id = existing ? existing->id : QString()](const SsoConnectionDraft& draft) {
                dialog->setBusy(true);
                (id.isEmpty() ? api_.createConnection(draft) : api_.updateConnection(id, draft))
                    .then(
                        dialog,
                        [this, dialog](const SsoConnection& saved) {
                            model_->upsert(saved);
                            selectConnection(saved.id);
                            showSelected();
                            dialog->accept();
                            banner()->present(
                                StatusBanner::Kind::Info,
                                saved.isSaml() ? tr("%1 is saved. Give the identity provider the ACS URL and "
                                                    "entity ID below, then test the connection.")
                                                     .arg(saved.name)
                                               : tr("%1 is saved. Register the redirect URI below at the "
                                                    "identity provider, then test the connection.")
                                                     .arg(saved.name));
                        },
                        [dialog](const ApiProblem& problem) {
                            dialog->setBusy(false);
                            dialog->showError(problem.message());
                        });
            });
    dialog->open();
}

void SsoPage::testSelected()
{
    const auto* connection = selectedConnection();
    if (!connection) {
        return;
    }
    auto* dialog = new ConnectionTestDialog(api_, context_.urlOpener, *connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

void SsoPage::removeSelected()
{
    const auto* connection = selectedConnection();
    if (!connection) {
        return;
    }
    MessageBox::question(
        this, tr("Delete connection"),
        tr("Delete %1? Its members can no longer sign in through this identity provider, and their accounts' "
           "links to it are removed. This cannot be undone.")
            .arg(connection->name),
        QMessageBox::Yes,
        [this, id = connection->id, name = connection->name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            api_.removeConnection(id).then(
                this,
                [this, name](const Done&) {
                    banner()->present(StatusBanner::Kind::Info, tr("%1 was deleted.").arg(name));
                    refresh();
                },
                [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

} // namespace aih::console
