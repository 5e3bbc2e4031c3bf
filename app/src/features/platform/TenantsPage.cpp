// SPDX-License-Identifier: Apache-2.0
#include "features/platform/TenantsPage.h"

#include "core/ConsoleCore.h"
#include "features/platform/CloseTenantDialog.h"
#include "features/platform/LimitsDialog.h"
#include "features/platform/SupportViewDialog.h"
#include "features/platform/TenantDetailDialog.h"
#include "features/platform/TenantTableModel.h"
#include "features/users/UserTableModel.h"
#include "gui/FileDialog.h"
#include "gui/FileDownload.h"
#include "gui/Icons.h"
#include "gui/MessageBox.h"
#include "gui/RecordTable.h"
#include "gui/StatusBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace aih::console {

TenantsPage::TenantsPage(ConsoleContext& context, QWidget* parent)
    : OperatorPage(context, "tenantsPage", parent), api_(context.core.api()),
      model_(new TenantTableModel(this)), search_(new QLineEdit(this)), tier_(new QComboBox(this)),
      state_(new QComboBox(this)), table_(new QTableView(this)),
      suspend_(new QPushButton(icon("pause"), tr("Suspend…"), this)),
      reactivate_(new QPushButton(icon("verify"), tr("Reactivate…"), this)),
      limits_(new QPushButton(icon("settings"), tr("Limits…"), this)),
      close_(new QPushButton(icon("remove"), tr("Close…"), this)),
      archive_(new QPushButton(icon("export"), tr("Download archive…"), this)),
      viewAs_(new QPushButton(icon("support"), tr("View as support…"), this)),
      detail_(new QPushButton(icon("info"), tr("Details…"), this)), searchDelay_(new QTimer(this))
{
    content()->addWidget(buildFilters());
    table_->setObjectName("tenantTable");
    table_->setModel(model_);
    setUpRecordTable(*table_);
    content()->addWidget(table_, 1);

    suspend_->setObjectName("suspendTenantButton");
    reactivate_->setObjectName("reactivateTenantButton");
    limits_->setObjectName("tenantLimitsButton");
    close_->setObjectName("closeTenantButton");
    archive_->setObjectName("downloadArchiveButton");
    viewAs_->setObjectName("viewAsTenantButton");
    viewAs_->setToolTip(tr("Read the tenant as its admin would, without changing anything. Needs the "
                           "tenant admin's support grant; the tenant sees the opening in its audit trail."));
    detail_->setObjectName("tenantDetailButton");
    auto* actions = new QHBoxLayout;
    actions->addWidget(detail_);
    actions->addWidget(viewAs_);
    actions->addStretch(1);
    actions->addWidget(limits_);
    actions->addWidget(suspend_);
    actions->addWidget(reactivate_);
    actions->addWidget(close_);
    actions->addWidget(archive_);
    content()->addLayout(actions);

    connect(suspend_, &QPushButton::clicked, this, [this] { setSuspended(true); });
    connect(reactivate_, &QPushButton::clicked, this, [this] { setSuspended(false); });
    connect(limits_, &QPushButton::clicked, this, &TenantsPage::editLimits);
    connect(close_, &QPushButton::clicked, this, &TenantsPage::closeTenant);
    connect(archive_, &QPushButton::clicked, this, &TenantsPage::downloadArchive);
    connect(viewAs_, &QPushButton::clicked, this, &TenantsPage::viewAs);
    connect(detail_, &QPushButton::clicked, this, &TenantsPage::showDetail);
    connect(table_, &QTableView::doubleClicked, this, &TenantsPage::showDetail);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TenantsPage::updateActions);
    updateActions();
}

QWidget* TenantsPage::buildFilters()
{
    auto* filters = new QWidget(this);
    auto* layout = new QHBoxLayout(filters);
    layout->setContentsMargins(0, 0, 0, 0);
    search_->setObjectName("tenantSearchEdit");
    search_->setPlaceholderText(tr("Search by name or slug"));
    search_->setClearButtonEnabled(true);
    search_->setMaxLength(100);
    tier_->setObjectName("tenantTierFilter");
    tier_->addItem(tr("All plans"));
    for (const auto tier : {Tier::Free, Tier::Basic, Tier::Pro, Tier::Enterprise}) {
        tier_->addItem(tierTitle(tier), tierText(tier));
    }
    state_->setObjectName("tenantStateFilter");
    state_->addItem(tr("Any state"));
    state_->addItem(tr("Active"), QStringLiteral("active"));
    state_->addItem(tr("Suspended"), QStringLiteral("suspended"));
    state_->addItem(tr("Past due"), QStringLiteral("past_due"));
    state_->addItem(tr("Closed"), QStringLiteral("closed"));
    layout->addWidget(search_, 1);
    layout->addWidget(tier_);
    layout->addWidget(state_);

    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(300);
    connect(searchDelay_, &QTimer::timeout, this, &TenantsPage::refresh);
    connect(search_, &QLineEdit::textEdited, searchDelay_, qOverload<>(&QTimer::start));
    connect(search_, &QLineEdit::returnPressed, this, &TenantsPage::refresh);
    connect(tier_, &QComboBox::currentIndexChanged, this, &TenantsPage::refresh);
    connect(state_, &QComboBox::currentIndexChanged, this, &TenantsPage::refresh);
    return filters;
}

QString TenantsPage::title() const
{
    return tr("Tenants");
}

void TenantsPage::refresh()
{
    load({});
}

void TenantsPage::load(const QString& notice)
{
    searchDelay_->stop();
    TenantSearch search;
    search.text = search_->text();
    if (const auto tier = tierFromText(tier_->currentData().toString())) {
        search.tier = *tier;
    }
    search.state = state_->currentData().toString();
    banner()->present(StatusBanner::Kind::Busy, tr("Loading tenants…"));
    api_.searchTenants(search).then(
        this,
        [this, notice](const QList<TenantSummary>& tenants, const Freshness& freshness) {
            banner()->showFreshness(freshness);
            model_->setRecords(tenants);
            if (!notice.isEmpty()) {
                banner()->present(StatusBanner::Kind::Info, notice);
            } else if (tenants.isEmpty()) {
                banner()->present(StatusBanner::Kind::Info, tr("No tenant matches."));
            }
            updateActions();
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void TenantsPage::clear()
{
    model_->setRecords({});
    search_->clear();
    updateActions();
}

const TenantSummary* TenantsPage::selected() const
{
    const auto rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model_->recordAt(rows.first().row());
}

void TenantsPage::updateActions()
{
    const auto* tenant = selected();
    const bool admin = session().user().isPlatformAdmin();
    const bool live = tenant && !tenant->deleted;
    suspend_->setEnabled(admin && live && !tenant->suspended);
    reactivate_->setEnabled(admin && live && tenant->suspended);
    limits_->setEnabled(admin && live);
    close_->setEnabled(admin && live && !tenant->closing);
    archive_->setEnabled(admin && tenant && (tenant->closing || tenant->deleted));
    viewAs_->setEnabled(live && !tenant->suspended);
    detail_->setEnabled(tenant != nullptr);
    const auto readOnly = admin ? QString() : tr("Platform support is read-only.");
    for (auto* button : {suspend_, reactivate_, limits_, close_, archive_}) {
        button->setToolTip(readOnly);
    }
}

void TenantsPage::setSuspended(bool suspended)
{
    const auto* tenant = selected();
    if (!tenant) {
        return;
    }
    const auto chosen = *tenant;
    const auto question =
        suspended ? tr("Suspend %1? Its API keys and sign-ins are refused at once; its data stays.")
                        .arg(chosen.name)
                  : tr("Reactivate %1? Its API keys and sign-ins work again at once.").arg(chosen.name);
    MessageBox::question(
        this, suspended ? tr("Suspend tenant") : tr("Reactivate tenant"), question, QMessageBox::Yes,
        [this, chosen, suspended](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            const auto& name = chosen.name;
            banner()->present(StatusBanner::Kind::Busy,
                              suspended ? tr("Suspending %1…").arg(name) : tr("Reactivating %1…").arg(name));
            api_.setSuspended(chosen.id, suspended)
                .then(
                    this,
                    [this, chosen, suspended](const Done&, const Freshness&) {
                        auto changed = chosen;
                        changed.suspended = suspended;
                        model_->upsert(changed);
                        updateActions();
                        banner()->present(StatusBanner::Kind::Info,
                                          suspended ? tr("%1 is suspended.").arg(chosen.name)
                                                    : tr("%1 is active again.").arg(chosen.name));
                    },
                    [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

void TenantsPage::editLimits()
{
    const auto* tenant = selected();
    if (!tenant) {
        return;
    }
    const auto chosen = *tenant;
    banner()->present(StatusBanner::Kind::Busy, tr("Loading the limits of %1…").arg(chosen.name));
    api_.limits(chosen.id).then(
        this,
        [this, chosen](const TenantLimits& limits, const Freshness& freshness) {
            banner()->showFreshness(freshness);
            auto* dialog = new LimitsDialog(chosen.name, limits, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &LimitsDialog::submitted, this,
                    [this, dialog, chosen](const LimitOverrides& overrides) {
                        saveLimits(dialog, chosen, overrides);
                    });
            dialog->open();
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void TenantsPage::saveLimits(LimitsDialog* dialog, const TenantSummary& tenant,
                             const LimitOverrides& overrides)
{
    dialog->setBusy(true);
    dialog->showError({});
    QPointer<LimitsDialog> guard(dialog);
    api_.setLimits(tenant.id, overrides)
        .then(
            this,
            [this, guard, tenant](const Done&, const Freshness&) {
                if (guard) {
                    guard->accept();
                }
                load(tr("The limits of %1 are saved.").arg(tenant.name));
            },
            [guard](const ApiProblem& problem) {
                if (guard) {
                    guard->setBusy(false);
                    guard->showError(problem.message());
                }
            });
}

void TenantsPage::closeTenant()
{
    const auto* tenant = selected();
    if (!tenant) {
        return;
    }
    const auto chosen = *tenant;
    auto* dialog = new CloseTenantDialog(chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloseTenantDialog::submitted, this,
            [this, dialog, chosen](int graceDays) { submitClose(dialog, chosen, graceDays); });
    dialog->open();
}

void TenantsPage::submitClose(CloseTenantDialog* dialog, const TenantSummary& tenant, int graceDays)
{
    dialog->setBusy(true);
    dialog->showError({});
    QPointer<CloseTenantDialog> guard(dialog);
    api_.close(tenant.id, graceDays)
        .then(
            this,
            [this, guard, tenant](const Done&, const Freshness&) {
                if (guard) {
                    guard->accept();
                }
                load(tr("%1 is closed and its archive written.").arg(tenant.name));
            },
            [guard](const ApiProblem& problem) {
                if (guard) {
                    guard->setBusy(false);
                    guard->showError(problem.message());
                }
            });
}

void TenantsPage::downloadArchive()
{
    const auto* tenant = selected();
    if (!tenant) {
        return;
    }
    const auto chosen = *tenant;
    FileDialog::saveFile(
        this, tr("Save the archive of %1").arg(chosen.name),
        QStringLiteral("%1-archive.zip").arg(chosen.slug), tr("Zip archives (*.zip)"),
        [this, chosen](const QString& fileName) {
            if (fileName.isEmpty()) {
                return;
            }
            auto* download = new FileDownload(tr("Downloading the archive of %1").arg(chosen.name), this);
            connect(download, &FileDownload::finished, this, [this](bool ok, const QString& message) {
                banner()->present(ok ? StatusBanner::Kind::Info : StatusBanner::Kind::Error,
                                  ok ? tr("Saved to %1.").arg(message) : message);
            });
            download->start(
                [this, id = chosen.id](QIODevice* sink) { return api_.downloadArchive(id, sink); }, fileName);
        });
}

void TenantsPage::viewAs()
{
    const auto* tenant = selected();
    if (!tenant) {
        return;
    }
    const auto name = tenant->name;
    viewAs_->setEnabled(false);
    banner()->present(StatusBanner::Kind::Busy, tr("Opening %1 read-only…").arg(name));
    api_.openSupportView(tenant->id)
        .then(
            this,
            [this, name](const SupportView& view) {
                updateActions();
                banner()->present(StatusBanner::Kind::Info,
                                  tr("%1 is open read-only until %2.").arg(name, dateText(view.expiresAt)));
                auto* dialog = new SupportViewDialog(context_.core.credentials().server(), view, name, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            },
            [this, name](const ApiProblem& problem) {
                updateActions();
                banner()->present(StatusBanner::Kind::Error,
                                  problem.isHttp(403)
                                      ? tr("%1 has not granted support access, or its grant has ended: ask "
                                           "the tenant's admin to grant it on the console's Support access "
                                           "page.")
                                            .arg(name)
                                      : problem.message());
            });
}

void TenantsPage::showDetail()
{
    const auto* tenant = selected();
    if (!tenant) {
        return;
    }
    auto* dialog = new TenantDetailDialog(*tenant, context_.core.api(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace aih::console
