// SPDX-License-Identifier: Apache-2.0
#include "gui/MainWindow.h"

#include "core/ConsoleCore.h"
#include "features/account/ChangePasswordDialog.h"
#include "features/account/SessionsDialog.h"
#include "features/account/TwoFactorDialog.h"
#include "features/apikeys/ApiKeysPage.h"
#include "features/audit/AuditPage.h"
#include "features/billing/BillingPage.h"
#include "features/branding/BrandingPage.h"
#include "features/dashboard/DashboardPage.h"
#include "features/domain/DomainPage.h"
#include "features/platform/OperatorsPage.h"
#include "features/platform/PlatformPage.h"
#include "features/platform/TenantsPage.h"
#include "features/quota/QuotaPage.h"
#include "features/settings/SettingsPage.h"
#include "features/signin/SignInDialog.h"
#include "features/sso/SsoPage.h"
#include "features/support/SupportAccessPage.h"
#include "features/users/UserTableModel.h"
#include "features/users/UsersPage.h"
#include "features/webhooks/WebhooksPage.h"
#include "gui/Icons.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <array>
#include <memory>

namespace aih::console {

MainWindow::MainWindow(ConsoleContext& context, QWidget* parent)
    : QMainWindow(parent), context_(context), navigation_(new QListWidget(this)),
      splitter_(new QSplitter(this)), stack_(new QStackedWidget(this)), signedOut_(new QWidget(this)),
      account_(new QLabel(this)), accountApi_(context.core.api())
{
    setObjectName("mainWindow");
    setWindowTitle(tr("AI Heart Console"));
    setWindowIcon(icon("aih-console"));
    navigation_->setObjectName("navigationList");
    navigation_->setIconSize({22, 22});
    navigation_->setMaximumWidth(220);
    auto* prompt = new QPushButton(tr("Sign in…"), signedOut_);
    prompt->setObjectName("signInPromptButton");
    connect(prompt, &QPushButton::clicked, this, [this] { askForSignIn(); });
    auto* promptLayout = new QVBoxLayout(signedOut_);
    promptLayout->addStretch(1);
    promptLayout->addWidget(new QLabel(tr("You are signed out."), signedOut_), 0, Qt::AlignHCenter);
    promptLayout->addWidget(prompt, 0, Qt::AlignHCenter);
    promptLayout->addStretch(1);
    stack_->addWidget(signedOut_);
    addPages();

    splitter_->addWidget(navigation_);
    splitter_->addWidget(stack_);
    splitter_->setStretchFactor(1, 1);
    setCentralWidget(splitter_);
    account_->setObjectName("accountLabel");
    statusBar()->addPermanentWidget(account_);
    buildMenus();
    resize(1180, 760);

    auto& settings = context_.core.settings();
    restoreGeometry(settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    splitter_->restoreState(settings.value(Settings::Key::MainWindowState).toByteArray());

    connect(navigation_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < pages_.size() && context_.core.session().isActive()) {
            stack_->setCurrentWidget(pages_[row]);
            context_.core.settings().setValue(Settings::Key::LastPage, pages_[row]->objectName());
            activateCurrent();
        }
    });
    auto& session = context_.core.session();
    connect(&session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(&session, &Session::signedOut, this, [this] {
        onSignedOut();
        askForSignIn();
    });
    connect(&session, &Session::resumeUnavailable, this, [this](const QString& reason) {
        onSignedOut();
        askForSignIn(reason);
    });
    connect(&session, &Session::expired, this, [this](const ApiProblem& problem) {
        onSignedOut();
        askForSignIn(tr("Your session has ended: %1").arg(problem.summary()));
    });
    connect(&session, &Session::stateChanged, this, &MainWindow::updateAccount);
    connect(&session, &Session::tenantChanged, this, [this] {
        // The plan may have changed (after a checkout): pages come and go with it.
        updateNavigation();
        updateAccount();
    });
    connect(&session, &Session::warning, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    onSignedOut();
}

void MainWindow::addPages()
{
    // The operator mode's own pages lead; for anyone else they are not listed (updateNavigation).
    pages_ = {new PlatformPage(context_, this),  new TenantsPage(context_, this),
              new OperatorsPage(context_, this), new DashboardPage(context_, this),
              new UsersPage(context_, this),     new ApiKeysPage(context_, this),
              new QuotaPage(context_, this),     new AuditPage(context_, this),
              new BrandingPage(context_, this),  new DomainPage(context_, this),
              new BillingPage(context_, this),   new SsoPage(context_, this),
              new WebhooksPage(context_, this),  new SupportAccessPage(context_, this),
              new SettingsPage(context_, this)};
    for (auto* page : std::as_const(pages_)) {
        stack_->addWidget(page);
        auto* item = new QListWidgetItem(icon(page->iconName()), page->title(), navigation_);
        item->setData(Qt::UserRole, page->objectName());
        connect(page, &Page::pageRequested, this, &MainWindow::showPage);
    }
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* signOut = file->addAction(icon("sign-out"), tr("Sign &out"), this,
                                    [this] { context_.core.session().signOut(); });
    signOut->setObjectName("signOutAction");
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    accountMenu_ = menuBar()->addMenu(tr("&Account"));
    accountMenu_->setObjectName("accountMenu");
    auto* changePassword = accountMenu_->addAction(tr("Change &password…"), this, [this] {
        auto* dialog = new ChangePasswordDialog(accountApi_, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            statusBar()->showMessage(tr("The password is changed; your other sessions have ended."), 8000);
        });
        dialog->open();
    });
    changePassword->setObjectName("changePasswordAction");
    accountMenu_->addAction(tr("&Two-factor authentication…"), this, [this] { openTwoFactor(false); })
        ->setObjectName("twoFactorAction");
    accountMenu_
        ->addAction(tr("&Sessions…"), this,
                    [this] {
                        auto* dialog = new SessionsDialog(accountApi_, this);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->reload();
                        dialog->open();
                    })
        ->setObjectName("sessionsAction");
    accountMenu_->setEnabled(false);

    auto* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < pages_.size(); ++i) {
        pageActions_.append(view->addAction(icon(pages_[i]->iconName()), pages_[i]->title(), this,
                                            [this, i] { navigation_->setCurrentRow(i); }));
    }
    view->addSeparator();
    auto* refresh = view->addAction(icon("refresh"), tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        if (auto* current = qobject_cast<Page*>(stack_->currentWidget())) {
            current->refresh();
        }
    });
    refresh->setObjectName("refreshAction");

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About AI Heart Console"),
                           tr("<b>AI Heart Console</b> %1<br>The operator console for aih servers.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::start()
{
    if (const auto last = context_.core.profiles().lastUsed()) {
        context_.core.session().resume(*last);
    } else {
        askForSignIn();
    }
}

void MainWindow::signInAs(const ServerProfile& profile, const QString& password)
{
    if (password.isEmpty() || !profile.isComplete()) {
        askForSignIn({}, profile);
        return;
    }
    // Only this sign-in's answer is awaited: whichever comes first ends both connections.
    auto connections = std::make_shared<std::array<QMetaObject::Connection, 3>>();
    const auto answered = [this, connections] {
        for (const auto& connection : *connections) {
            disconnect(connection);
        }
        statusBar()->clearMessage();
    };
    auto& session = context_.core.session();
    (*connections)[0] = connect(&session, &Session::signedIn, this, [this, answered, profile] {
        answered();
        context_.core.profiles().remember(profile);
    });
    (*connections)[1] =
        connect(&session, &Session::signInFailed, this, [this, answered, profile](const ApiProblem& problem) {
            answered();
            askForSignIn(problem.message(), profile);
        });
    // A code cannot come from the command line: the dialog asks for the whole sign-in again.
    (*connections)[2] = connect(&session, &Session::secondFactorRequired, this, [this, answered, profile] {
        answered();
        askForSignIn(tr("This account signs in with a code from an authenticator app as well."), profile);
    });
    statusBar()->showMessage(tr("Signing in as %1…").arg(profile.displayName()));
    session.signIn(profile, password, false);
}

void MainWindow::askForSignIn(const QString& notice, const std::optional<ServerProfile>& fill)
{
    if (!signIn_) {
        signIn_ =
            new SignInDialog(context_.core.session(), context_.core.profiles(), context_.urlOpener, this);
        signIn_->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (fill) {
        signIn_->fillIn(*fill);
    }
    signIn_->setNotice(notice);
    signIn_->open();
}

void MainWindow::openTwoFactor(bool required)
{
    auto* dialog = new TwoFactorDialog(accountApi_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (required) {
        dialog->setWindowTitle(tr("Two-factor authentication is required"));
    }
    // A session limited to enrolment becomes a full one at its next refresh.
    connect(dialog, &TwoFactorDialog::changed, this, [this](bool enabled) {
        if (enabled) {
            context_.core.session().refreshThen(this, [this](bool) { onSignedIn(); });
        }
    });
    dialog->start();
    dialog->open();
}

void MainWindow::onSignedIn()
{
    const auto& session = context_.core.session();
    accountMenu_->setEnabled(true);
    if (session.mfaEnrolmentRequired()) {
        openTwoFactor(true);
    }
    updateNavigation();
    for (auto* page : std::as_const(pages_)) {
        page->invalidate();
    }
    updateAccount();
    const auto last = context_.core.settings().value(Settings::Key::LastPage).toString();
    auto* target = page(last);
    // The last page of another account may not be listed for this one (operator mode or not).
    if (!target || navigation_->item(static_cast<int>(pages_.indexOf(target)))->isHidden() ||
        !target->isAvailableTo(session)) {
        target = firstListed();
    }
    const auto row = static_cast<int>(pages_.indexOf(target));
    stack_->setCurrentWidget(target);
    if (navigation_->currentRow() == row) {
        activateCurrent();
    } else {
        navigation_->setCurrentRow(row);
    }
}

void MainWindow::updateNavigation()
{
    const auto& session = context_.core.session();
    int listed = 0;
    for (int i = 0; i < pages_.size(); ++i) {
        auto* item = navigation_->item(i);
        const bool available = pages_[i]->isAvailableTo(session);
        item->setFlags(available ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        const bool included = session.user().isOperator() ? pages_[i]->servesOperators()
                                                          : pages_[i]->isIncludedIn(session.tenant());
        item->setHidden(!included);
        pageActions_[i]->setVisible(included);
        // Ctrl+1 to Ctrl+9 for the pages listed, in their order: a tenth has no digit of its own.
        pageActions_[i]->setShortcut(included && listed < 9
                                         ? QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + listed))
                                         : QKeySequence());
        listed += included ? 1 : 0;
    }
}

void MainWindow::onSignedOut()
{
    accountMenu_->setEnabled(false);
    for (auto* page : std::as_const(pages_)) {
        page->clear();
    }
    stack_->setCurrentWidget(signedOut_);
    navigation_->clearSelection();
    for (int i = 0; i < navigation_->count(); ++i) {
        navigation_->item(i)->setFlags(Qt::NoItemFlags);
    }
    updateAccount();
}

void MainWindow::updateAccount()
{
    const auto& session = context_.core.session();
    if (!session.isActive()) {
        account_->setText(tr("Signed out"));
        return;
    }
    const auto& user = session.user();
    const auto account =
        user.isOperator()
            ? tr("%1 (%2) · platform operator")
                  .arg(user.email, user.isPlatformAdmin() ? tr("Platform admin") : tr("Platform support"))
            : tr("%1 (%2) · %3 · %4 plan")
                  .arg(user.email, roleTitle(user.role), session.tenant().name,
                       tierTitle(session.tenant().tier));
    account_->setText(session.state() == Session::State::Offline ? tr("%1 — offline").arg(account) : account);
}

void MainWindow::activateCurrent()
{
    if (auto* current = qobject_cast<Page*>(stack_->currentWidget())) {
        current->activate();
    }
}

void MainWindow::showPage(const QString& name)
{
    if (auto* target = page(name); target && target->isAvailableTo(context_.core.session())) {
        navigation_->setCurrentRow(static_cast<int>(pages_.indexOf(target)));
    }
}

Page* MainWindow::firstListed() const
{
    const auto& session = context_.core.session();
    for (int i = 0; i < pages_.size(); ++i) {
        if (!navigation_->item(i)->isHidden() && pages_[i]->isAvailableTo(session)) {
            return pages_[i];
        }
    }
    return pages_.first();
}

Page* MainWindow::page(const QString& name) const
{
    for (auto* page : pages_) {
        if (page->objectName() == name) {
            return page;
        }
    }
    return nullptr;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    auto& settings = context_.core.settings();
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, splitter_->saveState());
    settings.sync();
    event->accept();
}

} // namespace aih::console
