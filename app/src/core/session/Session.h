// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiProblem.h"
#include "core/net/TokenRefresher.h"
#include "core/session/ServerProfile.h"
#include "core/session/Tenant.h"
#include "core/session/User.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace aih::console {

class ApiClient;
class BrowserFlow;
class Credentials;
class CredentialStore;
class OfflineCache;

/// The signed-in account: signs in, resumes from the keychain, refreshes tokens (once for all
/// waiting calls), and signs out. Offline means the server could not be reached when resuming:
/// the pages show what was cached, and the first call that reaches the server again brings
/// the session back online through a refresh.
class Session : public QObject, public TokenRefresher
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,
        SigningIn,
        SignedIn,
        Offline,
        SigningOut
    };
    Q_ENUM(State)

    Session(ApiClient& api, Credentials& credentials, CredentialStore& credentialStore, OfflineCache& cache,
            QObject* parent = nullptr);

    /// `remember` keeps the refresh token in the system keychain for the next run.
    void signIn(const ServerProfile& profile, const QString& password, bool remember);
    /// The second step of a sign-in that secondFactorRequired() asked for: a code from the
    /// authenticator app or a recovery code.
    void submitSecondFactor(const QString& code);
    /// Signs in through the tenant's identity provider in the system browser: with
    /// `profile.tenant` through that tenant's connection, else through the one whose verified
    /// domain holds `profile.email`. browserSignInReady() says what to open; the rest ends as
    /// signIn() does, with the profile filled in from the account the provider vouched for.
    void signInWithSso(const ServerProfile& profile, bool remember);
    /// Gives up a sign-in still under way (e.g. one waiting for the browser) without a word.
    void cancelSignIn();
    /// Signs in with the refresh token saved for `profile`, if there is one.
    void resume(const ServerProfile& profile);
    /// Ends the session on the server, forgets the saved token and the account's cached data.
    void signOut();
    /// Reads the tenant again (its plan or usage may have changed).
    void reloadTenant();

    void refreshThen(QObject* context, std::function<void(bool)> done) override;

    State state() const { return state_; }
    bool isActive() const { return state_ == State::SignedIn || state_ == State::Offline; }
    const ServerProfile& profile() const { return profile_; }
    const User& user() const { return user_; }
    const Tenant& tenant() const { return tenant_; }
    /// The tenant requires a second factor of this account and none is set up: until one is,
    /// the server answers only the account's own calls.
    bool mfaEnrolmentRequired() const { return mfaEnrolmentRequired_; }

signals:
    void stateChanged(aih::console::Session::State state);
    /// Signed in, resumed, or resumed offline (see state()).
    void signedIn();
    void signInFailed(const aih::console::ApiProblem& problem);
    /// The password was right and the account has a second factor: submitSecondFactor() goes on.
    /// `error` says why the last code was refused, or is empty the first time.
    void secondFactorRequired(const QString& error);
    /// A single sign-on waits for the person at `url`, the identity provider's page: open it in
    /// the system browser.
    void browserSignInReady(const QUrl& url);
    /// Nothing to resume from (no saved sign-in, or it has expired); `reason` may be empty.
    void resumeUnavailable(const QString& reason);
    void signedOut();
    /// The server ended the session (signed out elsewhere, deactivated, token reused).
    void expired(const aih::console::ApiProblem& problem);
    void tenantChanged();
    /// Something the user should know that does not stop the work (e.g. keychain trouble).
    void warning(const QString& message);

private:
    void begin(const ServerProfile& profile, bool remember);
    void setState(State state);
    /// Posts to a token endpoint (sign-in or refresh) and adopts and saves the tokens it returns.
    void requestTokens(const QString& path, const QJsonObject& body, std::function<void()> onTokens,
                       std::function<void(const ApiProblem&)> onFailure);
    bool adoptTokens(const QJsonObject& answer);
    void saveRefreshToken();
    void loadTenantThenSignIn(quint64 attempt);
    void endBrowserFlow();
    void startRefresh();
    void onRefreshFailed(const ApiProblem& problem);
    bool goOffline();
    void forgetAccount(bool clearCache);
    void finishRefresh(bool ok);
    void storeIdentity();

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };

    ApiClient& api_;
    Credentials& credentials_;
    CredentialStore& credentialStore_;
    OfflineCache& cache_;
    State state_ = State::SignedOut;
    ServerProfile profile_;
    User user_;
    Tenant tenant_;
    QJsonObject userJson_;
    QJsonObject tenantJson_;
    /// Bumped by every sign-in or resume, so answers to an abandoned attempt are ignored.
    quint64 attempt_ = 0;
    bool remember_ = false;
    /// The server's challenge between a right password and its second factor.
    QString mfaToken_;
    bool mfaEnrolmentRequired_ = false;
    bool refreshing_ = false;
    QList<Waiter> waiters_;
    QPointer<BrowserFlow> browserFlow_;
};

} // namespace aih::console
