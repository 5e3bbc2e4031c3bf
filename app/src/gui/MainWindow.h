// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/account/AccountApi.h"
#include "features/signin/SignInDialog.h"
#include "gui/ConsoleContext.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace aih::console {

class ApiProblem;
class Page;
class SignInDialog;

/// The console's window: a page list on the left, the current page on the right, the account
/// in the status bar. Shows the sign-in dialog whenever no one is signed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleContext& context, QWidget* parent = nullptr);

    /// Resumes the last profile's saved sign-in, or asks for one.
    void start();
    /// Signs in to `profile` with `password` at once (the profile is remembered as a sign-in
    /// from the form is), instead of start(). Without a password, or when the sign-in fails,
    /// shows the sign-in form filled in with what the profile has, and the reason.
    void signInAs(const ServerProfile& profile, const QString& password);
    void showPage(const QString& name);
    Page* page(const QString& name) const;
    /// The first page the navigation lists that the signed-in user may open.
    Page* firstListed() const;
    const QList<Page*>& pages() const { return pages_; }
    SignInDialog* signInDialog() const { return signIn_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPages();
    void buildMenus();
    void askForSignIn(const QString& notice = {}, const std::optional<ServerProfile>& fill = std::nullopt);
    void onSignedIn();
    /// The account menu's dialogs; `required` when the tenant demands a second factor first.
    void openTwoFactor(bool required);
    void onSignedOut();
    /// Lists the pages the tenant's plan includes and enables those the user may open.
    void updateNavigation();
    void updateAccount();
    void activateCurrent();

    ConsoleContext& context_;
    QListWidget* navigation_;
    QSplitter* splitter_;
    QStackedWidget* stack_;
    QWidget* signedOut_;
    QLabel* account_;
    QList<Page*> pages_;
    /// The View menu's entry for each page, in the order of pages_.
    QList<QAction*> pageActions_;
    QPointer<SignInDialog> signIn_;
    QMenu* accountMenu_ = nullptr;
    AccountApi accountApi_;
};

} // namespace aih::console
