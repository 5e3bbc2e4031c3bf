// SPDX-License-Identifier: Apache-2.0
#include "features/users/UsersPage.h"

#include "core/ConsoleCore.h"
#include "features/users/CreateUserDialog.h"
#include "features/users/EraseUserDialog.h"
#include "features/users/InvitationsPanel.h"
#include "features/users/UserFilterProxy.h"
#include "features/users/UserRules.h"
#include "features/users/UserTableModel.h"
#include "gui/FileDialog.h"
#include "gui/Icons.h"
#include "gui/MessageBox.h"
#include "gui/RecordTable.h"
#include "gui/SaveFile.h"
#include "gui/StatusBanner.h"
#include "gui/TableCsv.h"
#include "gui/ToolButtons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>

namespace aih::console {

UsersPage::UsersPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "usersPage", parent), api_(context.core.api()), model_(new UserTableModel(this)),
      proxy_(new UserFilterProxy(this)), view_(new QTableView(this)), filter_(new QLineEdit(this)),
      roleFilter_(new QComboBox(this)), showInactive_(new QCheckBox(tr("Show deactivated"), this)),
      create_(new QToolButton(this)), changeRole_(new QToolButton(this)),
      toggleActive_(new QToolButton(this)), accountActions_(new QToolButton(this)),
      personalData_(new QToolButton(this)), invitations_(new InvitationsPanel(api_, this)),
      usage_(new QLabel(this))
{
    proxy_->setSourceModel(model_);
    view_->setObjectName("usersView");
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(UserTableModel::Email, Qt::AscendingOrder);
    setUpRecordTable(*view_);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    usage_->setObjectName("userUsageLabel");
    buildToolbar();
    content()->addWidget(view_, 1);
    content()->addWidget(invitations_);
    content()->addWidget(usage_);
    connect(invitations_, &InvitationsPanel::done, this, [this](const QString& message) {
        banner()->present(StatusBanner::Kind::Info, message);
        session().reloadTenant();
    });
    connect(invitations_, &InvitationsPanel::failed, this,
            [this](const ApiProblem& problem) { banner()->showProblem(problem); });

    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    connect(&session(), &Session::tenantChanged, this, &UsersPage::updateActions);
    updateActions();
}

void UsersPage::buildToolbar()
{
    filter_->setObjectName("userFilterEdit");
    filter_->setPlaceholderText(tr("Filter by email or name"));
    filter_->setClearButtonEnabled(true);
    roleFilter_->setObjectName("roleFilterCombo");
    roleFilter_->addItem(tr("All roles"), QString());
    for (const auto role : {Role::Admin, Role::Manager, Role::User}) {
        roleFilter_->addItem(roleTitle(role), roleText(role));
    }
    showInactive_->setObjectName("showInactiveCheck");
    showInactive_->setChecked(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &UserFilterProxy::setText);
    connect(roleFilter_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setRole(roleFilter_->currentData().toString()); });
    connect(showInactive_, &QCheckBox::toggled, proxy_, &UserFilterProxy::setShowInactive);

    create_->setObjectName("createUserButton");
    create_->setText(tr("New user"));
    create_->setIcon(icon("add"));
    create_->setShortcut(QKeySequence::New);
    create_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(create_, &QToolButton::clicked, this, &UsersPage::openCreateDialog);

    changeRole_->setObjectName("changeRoleButton");
    changeRole_->setText(tr("Change role"));
    changeRole_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(changeRole_);
    for (const auto role : {Role::Admin, Role::Manager, Role::User}) {
        auto* action =
            menu->addAction(tr("Make %1").arg(roleTitle(role)), this, [this, role] { changeRole(role); });
        action->setObjectName("roleAction_" + roleText(role));
        action->setData(static_cast<int>(role));
        roleActions_.append(action);
    }
    changeRole_->setMenu(menu);

    toggleActive_->setObjectName("toggleActiveButton");
    toggleActive_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(toggleActive_, &QToolButton::clicked, this, &UsersPage::toggleActive);

    accountActions_->setObjectName("accountActionsButton");
    accountActions_->setText(tr("Sign-in"));
    accountActions_->setPopupMode(QToolButton::InstantPopup);
    auto* accountMenu = new QMenu(accountActions_);
    resetPassword_ =
        accountMenu->addAction(tr("Send password reset mail"), this, &UsersPage::sendPasswordReset);
    resetPassword_->setObjectName("resetPasswordAction");
    endSessions_ = accountMenu->addAction(tr("End all sessions"), this, &UsersPage::endSessions);
    endSessions_->setObjectName("endSessionsAction");
    accountActions_->setMenu(accountMenu);

    // The GDPR rights of access and erasure, for a person who asks the tenant.
    personalData_->setObjectName("personalDataButton");
    personalData_->setText(tr("Personal data"));
    personalData_->setPopupMode(QToolButton::InstantPopup);
    auto* dataMenu = new QMenu(personalData_);
    dataMenu->addAction(icon("export"), tr("Export personal data…"), this, &UsersPage::exportPersonalData)
        ->setObjectName("exportPersonalDataAction");
    dataMenu->addAction(icon("remove"), tr("Erase personal data…"), this, &UsersPage::erasePersonalData)
        ->setObjectName("erasePersonalDataAction");
    personalData_->setMenu(dataMenu);

    // What the filters leave, as the table shows it.
    auto* exportCsv = new QToolButton(this);
    setUpToolButton(exportCsv, "exportUsersButton", tr("Export CSV…"), "export");
    connect(exportCsv, &QToolButton::clicked, this, [this] {
        exportTableAsCsv(this, *proxy_, tr("Export users"),
                         QStringLiteral("users-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(roleFilter_);
    bar->addWidget(showInactive_);
    bar->addWidget(exportCsv);
    bar->addSpacing(16);
    bar->addWidget(create_);
    bar->addWidget(changeRole_);
    bar->addWidget(toggleActive_);
    bar->addWidget(accountActions_);
    bar->addWidget(personalData_);
    content()->addLayout(bar);
}

QString UsersPage::title() const
{
    return tr("Users");
}

bool UsersPage::isAvailableTo(const Session& session) const
{
    return canListUsers(session.user().role);
}

void UsersPage::refresh()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading users…"));
    api_.list().then(
        this,
        [this](const QList<User>& users, const Freshness& freshness) {
            model_->setRecords(users);
            banner()->showFreshness(freshness);
            updateActions();
            if (!freshness.stale) {
                invitations_->reload();
            }
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void UsersPage::clear()
{
    model_->setRecords({});
    invitations_->clear();
    invalidate();
}

const User* UsersPage::selectedUser() const
{
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model_->recordAt(proxy_->mapToSource(rows.first()).row());
}

UserRules UsersPage::rules() const
{
    return UserRules(session().user(), session().tenant(), model_->records());
}

void UsersPage::updateActions()
{
    const auto userRules = rules();
    const auto whyNotCreate = userRules.whyNotCreate();
    create_->setEnabled(!whyNotCreate);
    create_->setToolTip(whyNotCreate.value_or(tr("Add a user to the tenant (Ctrl+N)")));
    const auto& tenant = session().tenant();
    usage_->setText(tr("%1 of %2 users on the %3 plan")
                        .arg(tenant.activeUsers)
                        .arg(tenant.userLimit)
                        .arg(tierTitle(tenant.tier)));

    const auto* user = selectedUser();
    // Both are admin calls on an active account.
    const bool admin = canModifyUsers(session().user().role);
    accountActions_->setEnabled(admin && user != nullptr && user->active);
    accountActions_->setToolTip(admin ? QString() : tr("Only admins can reset passwords or end sessions."));
    personalData_->setEnabled(admin && user != nullptr);
    personalData_->setToolTip(admin ? QString() : tr("Only admins can export or erase a person's data."));
    changeRole_->setEnabled(user && canModifyUsers(session().user().role));
    for (auto* action : roleActions_) {
        const auto role = static_cast<Role>(action->data().toInt());
        const auto why = user ? userRules.whyNotChangeRole(*user, role) : std::nullopt;
        action->setEnabled(user && !why);
        action->setToolTip(why.value_or(QString()));
    }
    const bool activate = user && !user->active;
    toggleActive_->setText(activate ? tr("Reactivate") : tr("Deactivate"));
    toggleActive_->setIcon(icon(activate ? "add" : "remove"));
    const auto why =
        user ? userRules.whyNotSetActive(*user, activate) : std::optional<QString>(tr("Select a user."));
    toggleActive_->setEnabled(!why);
    toggleActive_->setToolTip(why.value_or(QString()));
    changeRole_->setToolTip(canModifyUsers(session().user().role) ? QString()
                                                                  : tr("Only admins can change roles."));
}

void UsersPage::openCreateDialog()
{
    auto* dialog = new CreateUserDialog(rules().assignableRoles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateUserDialog::submitted, this, [this, dialog](const NewUser& user) {
        dialog->setBusy(true);
        if (user.password.isEmpty()) {
            api_.invite(user.email, user.role)
                .then(
                    dialog,
                    [this, dialog](const QString& email) {
                        banner()->present(StatusBanner::Kind::Info,
                                          tr("An invitation was mailed to %1.").arg(email));
                        session().reloadTenant();
                        invitations_->reload();
                        dialog->accept();
                    },
                    [dialog](const ApiProblem& problem) {
                        dialog->setBusy(false);
                        dialog->showError(problem.message());
                    });
            return;
        }
        api_.create(user).then(
            dialog,
            [this, dialog](const User& created) {
                model_->upsert(created);
                banner()->present(StatusBanner::Kind::Info, tr("%1 was added.").arg(created.email));
                session().reloadTenant();
                dialog->accept();
            },
            [dialog](const ApiProblem& problem) {
                dialog->setBusy(false);
                dialog->showError(problem.message());
            });
    });
    dialog->open();
}

void UsersPage::changeRole(Role role)
{
    if (const auto* user = selectedUser()) {
        applyChange(api_.changeRole(user->id, role), tr("%1 is now %2.").arg(user->email, roleTitle(role)));
    }
}

void UsersPage::toggleActive()
{
    const auto* user = selectedUser();
    if (!user) {
        return;
    }
    const auto id = user->id;
    const auto email = user->email;
    if (!user->active) {
        applyChange(api_.setActive(id, true), tr("%1 was reactivated.").arg(email));
        return;
    }
    MessageBox::question(
        this, tr("Deactivate user"),
        tr("Deactivate %1? Their sessions end and their API keys are revoked at once.").arg(email),
        QMessageBox::Yes, [this, id, email](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes) {
                applyChange(api_.setActive(id, false), tr("%1 was deactivated.").arg(email));
            }
        });
}

void UsersPage::applyChange(Pending<User> pending, const QString& doneMessage)
{
    banner()->present(StatusBanner::Kind::Busy, tr("Saving…"));
    pending.then(
        this,
        [this, doneMessage](const User& changed) {
            model_->upsert(changed);
            banner()->present(StatusBanner::Kind::Info, doneMessage);
            session().reloadTenant();
            updateActions();
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void UsersPage::report(Pending<Done> pending, const QString& doneMessage)
{
    pending.then(
        this, [this, doneMessage](const Done&) { banner()->present(StatusBanner::Kind::Info, doneMessage); },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void UsersPage::sendPasswordReset()
{
    if (const auto* user = selectedUser()) {
        report(api_.sendPasswordReset(user->id),
               tr("A password reset mail is on its way to %1; you never see the password.").arg(user->email));
    }
}

void UsersPage::exportPersonalData()
{
    const auto* user = selectedUser();
    if (!user) {
        return;
    }
    FileDialog::saveFile(
        this, tr("Export personal data"), QStringLiteral("personal-data-%1.json").arg(user->id),
        tr("JSON (*.json)"), [this, id = user->id, email = user->email](const QString& fileName) {
            if (fileName.isEmpty()) {
                return;
            }
            api_.exportPersonalData(id).then(
                this,
                [this, fileName, email](const QJsonDocument& document) {
                    if (const auto error =
                            saveFileAtomically(fileName, document.toJson(QJsonDocument::Indented))) {
                        banner()->present(StatusBanner::Kind::Error,
                                          tr("Could not write %1: %2").arg(fileName, *error));
                        return;
                    }
                    banner()->present(StatusBanner::Kind::Info,
                                      tr("The personal data of %1 is saved in %2.").arg(email, fileName));
                },
                [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

void UsersPage::erasePersonalData()
{
    const auto* user = selectedUser();
    if (!user) {
        return;
    }
    auto* dialog = new EraseUserDialog(user->email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EraseUserDialog::confirmed, this, [this, dialog, id = user->id, email = user->email] {
        dialog->setBusy(true);
        api_.erasePersonalData(id).then(
            dialog,
            [this, dialog, id, email](const Erasure& erasure) {
                dialog->accept();
                model_->remove(id); // the server lists only people it still knows
                banner()->present(
                    StatusBanner::Kind::Info,
                    tr("The personal data of %1 is erased. Audit entries that now name a stand-in: %n.",
                       nullptr, erasure.auditEntriesPseudonymised)
                        .arg(email));
                session().reloadTenant();
                updateActions();
            },
            [dialog](const ApiProblem& problem) {
                dialog->setBusy(false);
                dialog->showError(problem.message());
            });
    });
    dialog->open();
}

void UsersPage::endSessions()
{
    if (const auto* user = selectedUser()) {
        report(api_.endSessions(user->id), tr("Every session of %1 has ended.").arg(user->email));
    }
}

} // namespace aih::console
