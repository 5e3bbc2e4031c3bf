// SPDX-License-Identifier: Apache-2.0
#include "features/apikeys/ApiKeysPage.h"

#include "core/ConsoleCore.h"
#include "features/apikeys/ApiKeyTableModel.h"
#include "features/apikeys/CreateKeyDialog.h"
#include "features/apikeys/KeySecretDialog.h"
#include "features/apikeys/RotateKeyDialog.h"
#include "gui/MessageBox.h"
#include "gui/RecordTable.h"
#include "gui/StatusBanner.h"
#include "gui/TableCsv.h"
#include "gui/ToolButtons.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>

namespace aih::console {

ApiKeysPage::ApiKeysPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "apiKeysPage", parent), api_(context.core.api()), model_(new ApiKeyTableModel(this)),
      proxy_(new QSortFilterProxyModel(this)), view_(new QTableView(this)), filter_(new QLineEdit(this)),
      showAll_(new QCheckBox(tr("Show every key of the tenant"), this)), create_(new QToolButton(this)),
      rotate_(new QToolButton(this)), revoke_(new QToolButton(this)), limits_(new QLabel(this))
{
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(ApiKeyTableModel::SortRole);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    view_->setObjectName("keysView");
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(ApiKeyTableModel::Created, Qt::DescendingOrder);
    setUpRecordTable(*view_);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    limits_->setObjectName("rateLimitLabel");
    buildToolbar();
    content()->addWidget(view_, 1);
    content()->addWidget(limits_);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysPage::updateActions);
    connect(&session(), &Session::tenantChanged, this, &ApiKeysPage::updateActions);
}

void ApiKeysPage::buildToolbar()
{
    filter_->setObjectName("keyFilterEdit");
    filter_->setPlaceholderText(tr("Filter by name, prefix, scope or status"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    showAll_->setObjectName("showAllKeysCheck");
    connect(showAll_, &QCheckBox::toggled, this, &ApiKeysPage::refresh);
    // What the filter leaves, as the table shows it.
    auto* exportCsv = new QToolButton(this);
    setUpToolButton(exportCsv, "exportKeysButton", tr("Export CSV…"), "export");
    connect(exportCsv, &QToolButton::clicked, this, [this] {
        exportTableAsCsv(this, *proxy_, tr("Export API keys"),
                         QStringLiteral("api-keys-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    });
    setUpToolButton(create_, "createKeyButton", tr("New key"), "add");
    setUpToolButton(rotate_, "rotateKeyButton", tr("Rotate"), "refresh");
    setUpToolButton(revoke_, "revokeKeyButton", tr("Revoke"), "remove");
    create_->setShortcut(QKeySequence::New);
    revoke_->setShortcut(QKeySequence::Delete);
    connect(create_, &QToolButton::clicked, this, &ApiKeysPage::openCreateDialog);
    connect(rotate_, &QToolButton::clicked, this, &ApiKeysPage::rotateSelected);
    connect(revoke_, &QToolButton::clicked, this, &ApiKeysPage::revokeSelected);
    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(showAll_);
    bar->addWidget(exportCsv);
    bar->addSpacing(16);
    bar->addWidget(create_);
    bar->addWidget(rotate_);
    bar->addWidget(revoke_);
    content()->addLayout(bar);
}

QString ApiKeysPage::title() const
{
    return tr("API keys");
}

void ApiKeysPage::refresh()
{
    showAll_->setVisible(canListUsers(session().user().role));
    banner()->present(StatusBanner::Kind::Busy, tr("Loading API keys…"));
    api_.list(showAll_->isVisible() && showAll_->isChecked())
        .then(
            this,
            [this](const QList<ApiKey>& keys, const Freshness& freshness) {
                model_->setRecords(keys);
                banner()->showFreshness(freshness);
                updateActions();
            },
            [this](const ApiProblem& problem) { banner()->showProblem(problem); });
    api_.rateLimitStatus().then(
        this, [this](const RateLimitStatus& status) { showLimits(status); },
        [this](const ApiProblem& problem) {
            limits_->setText(tr("The rate-limit status is unavailable: %1").arg(problem.summary()));
        });
}

void ApiKeysPage::clear()
{
    model_->setRecords({});
    limits_->clear();
    filter_->clear();
    showAll_->setChecked(false);
    invalidate();
}

void ApiKeysPage::showLimits(const RateLimitStatus& status)
{
    if (!status.tenant) {
        limits_->clear();
        return;
    }
    const QLocale locale;
    limits_->setText(
        tr("This hour the tenant has made %1 of %2 API calls; the window resets at %3.")
            .arg(locale.toString(status.tenant->used()), locale.toString(status.tenant->limit),
                 locale.toString(status.tenant->resetAt.toLocalTime().time(), QLocale::ShortFormat)));
}

const ApiKey* ApiKeysPage::selectedKey() const
{
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model_->recordAt(proxy_->mapToSource(rows.first()).row());
}

void ApiKeysPage::updateActions()
{
    const auto& tenant = session().tenant();
    const bool planAllows = tenant.hasFeature("api_access");
    create_->setEnabled(planAllows);
    create_->setToolTip(planAllows ? tr("Create an API key (Ctrl+N)")
                                   : tr("API keys need the Basic plan or higher; see Billing."));
    const auto* key = selectedKey();
    const bool mine = key && (key->ownerId == session().user().id || session().user().role == Role::Admin);
    rotate_->setEnabled(key && key->isActive() && mine);
    revoke_->setEnabled(key && key->status != "revoked" && mine);
    const auto ownerOnly = tr("Only the key's owner or an admin can do this.");
    rotate_->setToolTip(key && !mine ? ownerOnly : QString());
    revoke_->setToolTip(key && !mine ? ownerOnly : QString());
}

void ApiKeysPage::openCreateDialog()
{
    const auto& tenant = session().tenant();
    auto* dialog = new CreateKeyDialog(tenant.apiRateLimit, session().user().role != Role::User, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateKeyDialog::submitted, this, [this, dialog](const NewApiKey& key) {
        dialog->setBusy(true);
        api_.create(key).then(
            dialog,
            [this, dialog](const IssuedKey& issued) {
                model_->upsert(issued.key);
                dialog->accept();
                showSecret(issued);
            },
            [dialog](const ApiProblem& problem) {
                dialog->setBusy(false);
                dialog->showError(problem.message());
            });
    });
    dialog->open();
}

void ApiKeysPage::showSecret(const IssuedKey& issued)
{
    auto* dialog = new KeySecretDialog(issued.key.name, issued.secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ApiKeysPage::rotateSelected()
{
    const auto* key = selectedKey();
    if (!key) {
        return;
    }
    auto* dialog = new RotateKeyDialog(key->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = key->id] {
        banner()->present(StatusBanner::Kind::Busy, tr("Rotating…"));
        api_.rotate(id, dialog->graceSeconds())
            .then(
                this,
                [this](const IssuedKey& issued) {
                    banner()->hide();
                    model_->upsert(issued.key);
                    showSecret(issued);
                },
                [this](const ApiProblem& problem) { banner()->showProblem(problem); });
    });
    dialog->open();
}

void ApiKeysPage::revokeSelected()
{
    const auto* key = selectedKey();
    if (!key) {
        return;
    }
    MessageBox::question(
        this, tr("Revoke API key"),
        tr("Revoke %1? Programs using it are refused at once; this cannot be undone.").arg(key->name),
        QMessageBox::Yes, [this, id = key->id, name = key->name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            api_.revoke(id).then(
                this,
                [this, name](const Done&) {
                    banner()->present(StatusBanner::Kind::Info, tr("%1 was revoked.").arg(name));
                    refresh();
                },
                [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

} // namespace aih::console
