// SPDX-License-Identifier: Apache-2.0
#include "features/signin/SignInDialog.h"

#include "core/session/ProfileStore.h"
#include "core/session/Session.h"
#include "features/signin/ProfileListModel.h"
#include "gui/Icons.h"
#include "gui/UrlOpener.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace aih::console {

SignInDialog::SignInDialog(Session& session, ProfileStore& profiles, UrlOpener& browser, QWidget* parent)
    : QDialog(parent), session_(session), profiles_(profiles), browser_(browser),
      model_(new ProfileListModel(profiles, this)), notice_(new QLabel(this)), profile_(new QComboBox(this)),
      server_(new QLineEdit(this)), tenant_(new QLineEdit(this)), email_(new QLineEdit(this)),
      password_(new QLineEdit(this)), codeLabel_(new QLabel(tr("Code"), this)), code_(new QLineEdit(this)),
      remember_(new QCheckBox(tr("Stay signed in on this computer"), this)), error_(new QLabel(this)),
      busy_(new QProgressBar(this)), signIn_(new QPushButton(tr("Sign in"), this)),
      sso_(new QPushButton(tr("Sign in with SSO"), this)), ssoWaiting_(new QWidget(this)),
      ssoWaitingLabel_(new QLabel(ssoWaiting_))
{
    setObjectName("signInDialog");
    setWindowTitle(tr("Sign in to AI Heart"));
    setWindowIcon(icon("aih-console"));
    notice_->setObjectName("noticeLabel");
    notice_->setWordWrap(true);
    notice_->hide();
    profile_->setObjectName("profileCombo");
    profile_->setModel(model_);
    profile_->setVisible(model_->rowCount() > 0);
    server_->setObjectName("serverEdit");
    server_->setPlaceholderText("https://aih.example.com");
    tenant_->setObjectName("tenantEdit");
    tenant_->setPlaceholderText(tr("Tenant slug or id"));
    email_->setObjectName("emailEdit");
    password_->setObjectName("passwordEdit");
    password_->setEchoMode(QLineEdit::Password);
    code_->setObjectName("codeEdit");
    code_->setPlaceholderText(tr("From your authenticator app, or a recovery code"));
    code_->setMaxLength(32);
    code_->hide();
    codeLabel_->hide();
    remember_->setObjectName("rememberCheck");
    remember_->setChecked(true);
    remember_->setToolTip(tr("Keeps a sign-in token in the system keychain; the password is never stored."));
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    busy_->setRange(0, 0);
    busy_->setMaximumHeight(6);
    busy_->setTextVisible(false);
    busy_->hide();
    signIn_->setObjectName("signInButton");
    signIn_->setDefault(true);
    sso_->setObjectName("ssoButton");
    sso_->setToolTip(tr("Sign in through your organisation's identity provider in your web browser: "
                        "give the server and your email, or the tenant. No password is needed here."));
    ssoWaitingLabel_->setObjectName("ssoWaitingLabel");
    ssoWaitingLabel_->setWordWrap(true);
    auto* cancelSso = new QPushButton(tr("Cancel sign-in"), ssoWaiting_);
    cancelSso->setObjectName("cancelSsoButton");
    auto* waiting = new QHBoxLayout(ssoWaiting_);
    waiting->setContentsMargins(0, 0, 0, 0);
    waiting->addWidget(ssoWaitingLabel_, 1);
    waiting->addWidget(cancelSso);
    ssoWaiting_->setObjectName("ssoWaitingPanel");
    ssoWaiting_->hide();

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(signIn_, QDialogButtonBox::AcceptRole);
    buttons->addButton(sso_, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* form = new QFormLayout;
    if (model_->rowCount() > 0) {
        form->addRow(tr("Saved"), profile_);
    }
    form->addRow(tr("Server"), server_);
    form->addRow(tr("Tenant"), tenant_);
    form->addRow(tr("Email"), email_);
    form->addRow(tr("Password"), password_);
    form->addRow(codeLabel_, code_);
    // The notice and the problem wrap over several lines: a form's spanning row gives such a
    // label no height when it has to grow, a box does.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice_);
    layout->addLayout(form);
    layout->addWidget(remember_);
    layout->addWidget(error_);
    layout->addWidget(busy_);
    layout->addWidget(ssoWaiting_);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(profile_, &QComboBox::currentIndexChanged, this, &SignInDialog::fillFrom);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(sso_, &QPushButton::clicked, this, &SignInDialog::submitSso);
    connect(cancelSso, &QPushButton::clicked, this, &SignInDialog::cancelSso);
    connect(&session_, &Session::browserSignInReady, this, &SignInDialog::openBrowser);
    connect(&session_, &Session::signedIn, this, [this] {
        if (busy_->isVisible()) {
            awaitingBrowser_ = false;
            // The session's profile: a single sign-on learns whose account it is only now.
            profiles_.remember(named(session_.profile()));
            accept();
        }
    });
    connect(&session_, &Session::signInFailed, this, [this](const ApiProblem& problem) {
        if (busy_->isVisible()) {
            awaitingBrowser_ = false;
            ssoWaiting_->hide();
            awaitingCode_ = false;
            codeLabel_->hide();
            code_->hide();
            showProblem(problem.message());
        }
    });
    connect(&session_, &Session::secondFactorRequired, this, [this](const QString& error) {
        if (busy_->isVisible()) {
            askForCode(error);
        }
    });
    if (const auto last = profiles_.lastUsed()) {
        profile_->setCurrentIndex(model_->rowOf(last->id()));
    }
    fillFrom(profile_->currentIndex());
}

void SignInDialog::setNotice(const QString& notice)
{
    notice_->setText(notice);
    notice_->setVisible(!notice.isEmpty());
}

ServerProfile SignInDialog::enteredProfile() const
{
    return named({{},
                  ServerProfile::serverUrlFromText(server_->text()),
                  tenant_->text().trimmed(),
                  email_->text().trimmed()});
}

ServerProfile SignInDialog::named(ServerProfile profile) const
{
    if (const auto* saved = model_->profileAt(profile_->currentIndex());
        saved && saved->id() == profile.id()) {
        profile.name = saved->name;
    }
    return profile;
}

void SignInDialog::fillFrom(int row)
{
    if (const auto* profile = model_->profileAt(row)) {
        server_->setText(profile->server.toString());
        tenant_->setText(profile->tenant);
        email_->setText(profile->email);
        password_->setFocus();
    }
}

void SignInDialog::fillIn(const ServerProfile& profile)
{
    if (!profile.server.isEmpty()) {
        server_->setText(profile.server.toString());
    }
    if (!profile.tenant.isEmpty()) {
        tenant_->setText(profile.tenant);
    }
    if (!profile.email.isEmpty()) {
        email_->setText(profile.email);
    }
    for (auto* edit : {server_, tenant_, email_, password_}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

void SignInDialog::askForCode(const QString& error)
{
    awaitingCode_ = true;
    busy_->hide();
    signIn_->setEnabled(true);
    codeLabel_->show();
    code_->show();
    code_->setEnabled(true);
    code_->clear();
    code_->setFocus();
    error_->setText(error.isEmpty() ? tr("Enter the code from your authenticator app.") : error);
    error_->show();
}

void SignInDialog::submit()
{
    if (awaitingCode_) {
        if (code_->text().trimmed().isEmpty()) {
            return;
        }
        error_->hide();
        busy_->show();
        signIn_->setEnabled(false);
        code_->setEnabled(false);
        session_.submitSecondFactor(code_->text());
        return;
    }
    const auto profile = enteredProfile();
    if (const auto problem = ServerProfile::serverUrlProblem(profile.server)) {
        showProblem(*problem);
        return;
    }
    if (profile.tenant.isEmpty() || profile.email.isEmpty() || password_->text().isEmpty()) {
        showProblem(tr("Enter the tenant, your email and your password."));
        return;
    }
    error_->hide();
    setBusy(true);
    session_.signIn(profile, password_->text(), remember_->isChecked());
}

void SignInDialog::submitSso()
{
    const auto profile = enteredProfile();
    if (const auto problem = ServerProfile::serverUrlProblem(profile.server)) {
        showProblem(*problem);
        return;
    }
    if (profile.tenant.isEmpty() && profile.email.isEmpty()) {
        showProblem(tr("Enter your email, or the tenant, to sign in with single sign-on."));
        return;
    }
    awaitingCode_ = false;
    codeLabel_->hide();
    code_->hide();
    error_->hide();
    setBusy(true);
    awaitingBrowser_ = true;
    ssoWaitingLabel_->setText(tr("Asking the server for your identity provider…"));
    ssoWaiting_->show();
    session_.signInWithSso(profile, remember_->isChecked());
}

void SignInDialog::openBrowser(const QUrl& url)
{
    if (!awaitingBrowser_) {
        return;
    }
    if (!browser_.open(url)) {
        cancelSso();
        showProblem(
            ApiProblem::transport(ApiProblem::Kind::Browser, tr("The web browser could not be opened."))
                .message());
        return;
    }
    ssoWaitingLabel_->setText(
        tr("Sign in at your identity provider in the web browser; the console carries on by itself."));
}

void SignInDialog::cancelSso()
{
    if (!awaitingBrowser_) {
        return;
    }
    awaitingBrowser_ = false;
    session_.cancelSignIn();
    ssoWaiting_->hide();
    setBusy(false);
}

void SignInDialog::reject()
{
    // Closing the window gives up a single sign-on too, rather than listen on for minutes behind it.
    cancelSso();
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    busy_->setVisible(busy);
    signIn_->setEnabled(!busy);
    sso_->setEnabled(!busy);
    for (auto* edit : {server_, tenant_, email_, password_}) {
        edit->setEnabled(!busy);
    }
}

void SignInDialog::showProblem(const QString& message)
{
    setBusy(false);
    error_->setText(message);
    error_->show();
    password_->selectAll();
    password_->setFocus();
}

} // namespace aih::console
