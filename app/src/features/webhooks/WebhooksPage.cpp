// SPDX-License-Identifier: Apache-2.0
#include "features/webhooks/WebhooksPage.h"

#include "core/ConsoleCore.h"
#include "features/webhooks/EndpointDialog.h"
#include "features/webhooks/SigningSecretDialog.h"
#include "features/webhooks/WebhookTableModels.h"
#include "gui/MessageBox.h"
#include "gui/RecordTable.h"
#include "gui/StatusBanner.h"
#include "gui/ToolButtons.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace aih::console {
namespace {

/// How long a rotated secret keeps signing beside the new one: a day to update the receiver.
constexpr int rotationGraceSeconds = 24 * 3600;

} // namespace

WebhooksPage::WebhooksPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "webhooksPage", parent), api_(context.core.api()),
      endpoints_(new WebhookEndpointTableModel(this)), deliveries_(new WebhookDeliveryTableModel(this)),
      endpointsView_(new QTableView(this)), deliveriesView_(new QTableView(this)),
      create_(new QToolButton(this)), edit_(new QToolButton(this)), toggle_(new QToolButton(this)),
      rotate_(new QToolButton(this)), remove_(new QToolButton(this)), reload_(new QToolButton(this)),
      replay_(new QToolButton(this))
{
    content()->addWidget(buildEndpoints(), 2);
    content()->addWidget(buildDeliveries(), 3);
    updateActions();
}

QWidget* WebhooksPage::buildEndpoints()
{
    endpointsView_->setObjectName("endpointsView");
    endpointsView_->setModel(endpoints_);
    setUpRecordTable(*endpointsView_);
    endpointsView_->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpToolButton(create_, "createEndpointButton", tr("New endpoint"), "add");
    setUpToolButton(edit_, "editEndpointButton", tr("Edit"), "settings");
    setUpToolButton(toggle_, "toggleEndpointButton", tr("Disable"), "pause");
    setUpToolButton(rotate_, "rotateSecretButton", tr("Rotate secret"), "refresh");
    setUpToolButton(remove_, "removeEndpointButton", tr("Delete"), "remove");
    create_->setShortcut(QKeySequence::New);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    for (auto* button : {create_, edit_, toggle_, rotate_, remove_}) {
        bar->addWidget(button);
    }
    auto* group = new QGroupBox(tr("Endpoints"), this);
    auto* layout = new QVBoxLayout(group);
    layout->addLayout(bar);
    layout->addWidget(endpointsView_, 1);

    connect(create_, &QToolButton::clicked, this, [this] { openDialog(std::nullopt); });
    connect(edit_, &QToolButton::clicked, this, [this] {
        if (const auto* endpoint = selectedEndpoint()) {
            openDialog(*endpoint);
        }
    });
    connect(endpointsView_, &QTableView::activated, this, [this] { edit_->click(); });
    connect(toggle_, &QToolButton::clicked, this, &WebhooksPage::toggleSelected);
    connect(rotate_, &QToolButton::clicked, this, &WebhooksPage::rotateSelected);
    connect(remove_, &QToolButton::clicked, this, &WebhooksPage::removeSelected);
    connect(endpointsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        loadDeliveries();
    });
    return group;
}

QWidget* WebhooksPage::buildDeliveries()
{
    deliveriesView_->setObjectName("deliveriesView");
    deliveriesView_->setModel(deliveries_);
    setUpRecordTable(*deliveriesView_);
    deliveriesView_->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpToolButton(reload_, "reloadDeliveriesButton", tr("Reload"), "refresh");
    setUpToolButton(replay_, "replayDeliveryButton", tr("Send again"), "send");
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(reload_);
    bar->addWidget(replay_);
    auto* group = new QGroupBox(tr("Deliveries of the selected endpoint"), this);
    auto* layout = new QVBoxLayout(group);
    layout->addLayout(bar);
    layout->addWidget(deliveriesView_, 1);
    connect(reload_, &QToolButton::clicked, this, &WebhooksPage::loadDeliveries);
    connect(replay_, &QToolButton::clicked, this, &WebhooksPage::replaySelected);
    connect(deliveriesView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhooksPage::updateActions);
    return group;
}

QString WebhooksPage::title() const
{
    return tr("Webhooks");
}

bool WebhooksPage::isAvailableTo(const Session& session) const
{
    return session.user().role == Role::Admin && isIncludedIn(session.tenant());
}

bool WebhooksPage::isIncludedIn(const Tenant& tenant) const
{
    return tenant.hasFeature("api_access");
}

void WebhooksPage::refresh()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading webhook endpoints…"));
    api_.list().then(
        this,
        [this](const QList<WebhookEndpoint>& endpoints, const Freshness& freshness) {
            const auto* selected = selectedEndpoint();
            const auto keep = selected ? selected->id : QString();
            endpoints_->setRecords(endpoints);
            banner()->showFreshness(freshness);
            int row = endpoints.isEmpty() ? -1 : 0;
            for (int i = 0; i < endpoints.size(); ++i) {
                row = endpoints[i].id == keep ? i : row;
            }
            if (row >= 0) {
                endpointsView_->selectRow(row);
            } else {
                deliveries_->setRecords({});
            }
            updateActions();
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void WebhooksPage::clear()
{
    endpoints_->setRecords({});
    deliveries_->setRecords({});
    invalidate();
}

const WebhookEndpoint* WebhooksPage::selectedEndpoint() const
{
    const auto rows = endpointsView_->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : endpoints_->recordAt(rows.first().row());
}

const WebhookDelivery* WebhooksPage::selectedDelivery() const
{
    const auto rows = deliveriesView_->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : deliveries_->recordAt(rows.first().row());
}

void WebhooksPage::updateActions()
{
    const auto* endpoint = selectedEndpoint();
    for (auto* button : {edit_, toggle_, rotate_, remove_, reload_}) {
        button->setEnabled(endpoint != nullptr);
    }
    toggle_->setText(endpoint && !endpoint->enabled ? tr("Enable") : tr("Disable"));
    const bool canReplay = endpoint && endpoint->enabled && selectedDelivery();
    replay_->setEnabled(canReplay);
    replay_->setToolTip(endpoint && !endpoint->enabled ? tr("Enable the endpoint to send deliveries again.")
                                                       : QString());
}

void WebhooksPage::loadDeliveries()
{
    const auto* endpoint = selectedEndpoint();
    if (!endpoint) {
        deliveries_->setRecords({});
        return;
    }
    api_.deliveries(endpoint->id)
        .then(
            this,
            [this, id = endpoint->id](const QList<WebhookDelivery>& deliveries, const Freshness&) {
                // A later selection may have replaced this one meanwhile.
                if (const auto* current = selectedEndpoint(); current && current->id == id) {
                    deliveries_->setRecords(deliveries);
                    updateActions();
                }
            },
            [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void WebhooksPage::openDialog(const std::optional<WebhookEndpoint>& existing)
{
    auto* dialog = new EndpointDialog(existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndpointDialog::submitted, this, [this, dialog, existing](const EndpointDraft& draft) {
        dialog->setBusy(true);
        const auto failed = [dialog](const ApiProblem& problem) {
            dialog->setBusy(false);
            dialog->showError(problem.message());
        };
        if (existing) {
            api_.update(existing->id, draft)
                .then(
                    dialog,
                    [this, dialog](const WebhookEndpoint& endpoint) {
                        endpoints_->upsert(endpoint);
                        dialog->accept();
                    },
                    failed);
            return;
        }
        api_.create(draft).then(
            dialog,
            [this, dialog](const EndpointWithSecret& created) {
                dialog->accept();
                refresh();
                showSecret(created);
            },
            failed);
    });
    dialog->open();
}

void WebhooksPage::showSecret(const EndpointWithSecret& result)
{
    auto* dialog = new SigningSecretDialog(result.endpoint.url, result.secret, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WebhooksPage::toggleSelected()
{
    const auto* endpoint = selectedEndpoint();
    if (!endpoint) {
        return;
    }
    api_.setEnabled(endpoint->id, !endpoint->enabled)
        .then(
            this,
            [this](const WebhookEndpoint& changed) {
                endpoints_->upsert(changed);
                updateActions();
            },
            [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void WebhooksPage::rotateSelected()
{
    const auto* endpoint = selectedEndpoint();
    if (!endpoint) {
        return;
    }
    MessageBox::question(
        this, tr("Rotate signing secret"),
        tr("Give %1 a new signing secret? The old one keeps signing beside it for 24 hours, so the receiver "
           "can switch over without dropping events.")
            .arg(endpoint->url),
        QMessageBox::Yes, [this, id = endpoint->id](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            api_.rotateSecret(id, rotationGraceSeconds)
                .then(
                    this,
                    [this](const EndpointWithSecret& rotated) {
                        endpoints_->upsert(rotated.endpoint);
                        showSecret(rotated);
                    },
                    [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

void WebhooksPage::removeSelected()
{
    const auto* endpoint = selectedEndpoint();
    if (!endpoint) {
        return;
    }
    MessageBox::question(
        this, tr("Delete webhook endpoint"),
        tr("Delete %1? Its pending deliveries are dropped and its log goes with it.").arg(endpoint->url),
        QMessageBox::Yes, [this, id = endpoint->id](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            api_.remove(id).then(
                this, [this](const Done&) { refresh(); },
                [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

void WebhooksPage::replaySelected()
{
    const auto* delivery = selectedDelivery();
    if (!delivery) {
        return;
    }
    api_.replay(delivery->id)
        .then(
            this,
            [this](const WebhookDelivery&) {
                banner()->present(StatusBanner::Kind::Info, tr("The event is being sent again."));
                loadDeliveries();
            },
            [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

} // namespace aih::console
