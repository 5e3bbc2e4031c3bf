// SPDX-License-Identifier: Apache-2.0
#include "core/session/Session.h"

#include "core/cache/OfflineCache.h"
#include "core/credentials/CredentialStore.h"
#include "core/net/ApiClient.h"
#include "core/session/BrowserFlow.h"
#include "core/session/Credentials.h"

#include <QJsonDocument>

namespace aih::console {
namespace {

const QString identityKey = QStringLiteral("session/identity");
constexpr std::chrono::seconds signOutTimeout{5};

} // namespace

Session::Session(ApiClient& api, Credentials& credentials, CredentialStore& credentialStore,
                 OfflineCache& cache, QObject* parent)
    : QObject(parent), api_(api), credentials_(credentials), credentialStore_(credentialStore), cache_(cache)
{
    api_.setRefresher(this);
}

void Session::setState(State state)
{
    if (state_ != state) {
        state_ = state;
        emit stateChanged(state);
    }
}

void Session::begin(const ServerProfile& profile, bool remember)
{
    ++attempt_;
    finishRefresh(false);
    endBrowserFlow();
    profile_ = profile;
    remember_ = remember;
    user_ = {};
    tenant_ = {};
    userJson_ = {};
    tenantJson_ = {};
    credentials_.setServer(profile.server);
    credentials_.clearTokens();
    mfaToken_.clear();
    api_.setCacheScope(profile.id());
    setState(State::SigningIn);
}

void Session::signIn(const ServerProfile& profile, const QString& password, bool remember)
{
    begin(profile, remember);
    const auto attempt = attempt_;
    requestTokens(
        "/api/auth/login", {{"tenant", profile.tenant}, {"email", profile.email}, {"password", password}},
        [this, attempt] { loadTenantThenSignIn(attempt); },
        [this](const ApiProblem& problem) {
            setState(State::SignedOut);
            emit signInFailed(problem);
        });
}

void Session::signInWithSso(const ServerProfile& profile, bool remember)
{
    // Whose account this is comes back with the tokens; the profile is completed from them.
    begin({profile.name, profile.server, {}, {}}, remember);
    const auto attempt = attempt_;
    const bool byTenant = !profile.tenant.isEmpty();
    auto start = ApiRequest::post(
        "/api/auth/sso/start", {{byTenant ? "tenant" : "email", byTenant ? profile.tenant : profile.email}});
    start.authenticated = false;
    const auto fail = [this](const ApiProblem& problem) {
        endBrowserFlow();
        setState(State::SignedOut);
        emit signInFailed(problem);
    };
    auto* flow = new BrowserFlow(api_, start, this);
    browserFlow_ = flow;
    connect(flow, &BrowserFlow::browserNeeded, this, &Session::browserSignInReady);
    connect(flow, &BrowserFlow::failed, this, fail);
    connect(flow, &BrowserFlow::codeReceived, this,
            [this, attempt, fail](const QString& code, const QString& verifier) {
                endBrowserFlow();
                requestTokens(
                    "/api/auth/sso/token", {{"code", code}, {"code_verifier", verifier}},
                    [this, attempt] { loadTenantThenSignIn(attempt); }, fail);
            });
    flow->start();
}

void Session::cancelSignIn()
{
    if (state_ != State::SigningIn) {
        return;
    }
    ++attempt_;
    finishRefresh(false);
    endBrowserFlow();
    credentials_.clearTokens();
    mfaToken_.clear();
    setState(State::SignedOut);
}

void Session::endBrowserFlow()
{
    if (browserFlow_) {
        browserFlow_->disconnect(this);
        browserFlow_->cancel();
        browserFlow_->deleteLater();
        browserFlow_ = nullptr;
    }
}

void Session::submitSecondFactor(const QString& code)
{
    if (state_ != State::SigningIn || mfaToken_.isEmpty()) {
        return;
    }
    const auto attempt = attempt_;
    requestTokens(
        "/api/auth/login/mfa", {{"mfa_token", mfaToken_}, {"code", code.trimmed()}},
        [this, attempt] {
            mfaToken_.clear();
            loadTenantThenSignIn(attempt);
        },
        [this](const ApiProblem& problem) {
            // A wrong code leaves the challenge's other tries; a spent one needs the password again.
            if (problem.isHttp(401) && problem.code == "invalid_credentials") {
                emit secondFactorRequired(problem.message());
                return;
            }
            mfaToken_.clear();
            setState(State::SignedOut);
            emit signInFailed(problem);
        });
}

void Session::requestTokens(const QString& path, const QJsonObject& body, std::function<void()> onTokens,
                            std::function<void(const ApiProblem&)> onFailure)
{
    auto request = ApiRequest::post(path, body);
    request.authenticated = false;
    auto* job = api_.job(request);
    const auto attempt = attempt_;
    connect(job, &ApiJob::succeeded, this, [this, attempt, onTokens, onFailure](const QJsonDocument& answer) {
        if (attempt != attempt_) {
            return;
        }
        if (answer.object().value("mfa_required").toBool()) {
            mfaToken_ = answer.object().value("mfa_token").toString();
            emit secondFactorRequired({});
            return;
        }
        if (!adoptTokens(answer.object())) {
            onFailure(ApiProblem::transport(ApiProblem::Kind::BadResponse, {}));
            return;
        }
        // A single sign-on's profile says whose account it is only once the tenant is read too;
        // its token is saved then (loadTenantThenSignIn), under the profile it will resume from.
        if (profile_.isComplete()) {
            saveRefreshToken();
        }
        onTokens();
    });
    connect(job, &ApiJob::failed, this, [this, attempt, onFailure](const ApiProblem& problem) {
        if (attempt == attempt_) {
            onFailure(problem);
        }
    });
    job->start();
}

void Session::resume(const ServerProfile& profile)
{
    begin(profile, true);
    const auto attempt = attempt_;
    credentialStore_.read(profile.id(), this, [this, attempt](const CredentialResult& result) {
        if (attempt != attempt_) {
            return;
        }
        if (!result.ok) {
            setState(State::SignedOut);
            emit resumeUnavailable(result.notFound
                                       ? QString()
                                       : tr("The system keychain could not be read: %1").arg(result.error));
            return;
        }
        credentials_.setTokens({}, result.secret);
        refreshThen(this, [](bool) {});
    });
}

bool Session::adoptTokens(const QJsonObject& answer)
{
    const auto access = answer.value("access_token").toString();
    const auto refresh = answer.value("refresh_token").toString();
    const auto user = User::fromJson(answer.value("user").toObject());
    if (access.isEmpty() || refresh.isEmpty() || !user) {
        return false;
    }
    credentials_.setTokens(access, refresh);
    mfaEnrolmentRequired_ = answer.value("mfa_enrollment_required").toBool();
    user_ = *user;
    userJson_ = answer.value("user").toObject();
    return true;
}

void Session::saveRefreshToken()
{
    const auto done = [this](const CredentialResult& result) {
        if (!result.ok) {
            emit warning(tr("The sign-in could not be saved in the system keychain: %1").arg(result.error));
        }
    };
    if (remember_) {
        credentialStore_.write(profile_.id(), credentials_.refreshToken(), this, done);
    } else {
        credentialStore_.remove(profile_.id(), this, done);
    }
}

void Session::loadTenantThenSignIn(quint64 attempt)
{
    auto request = ApiRequest::get("/api/enterprise/tenants/" + user_.tenantId);
    auto* job = api_.job(request);
    connect(job, &ApiJob::succeeded, this, [this, attempt](const QJsonDocument& body) {
        const auto tenant = Tenant::fromJson(body.object());
        if (attempt != attempt_) {
            return;
        }
        if (!tenant) {
            setState(State::SignedOut);
            emit signInFailed(ApiProblem::transport(ApiProblem::Kind::BadResponse, {}));
            return;
        }
        tenant_ = *tenant;
        tenantJson_ = body.object();
        if (!profile_.isComplete()) {
            profile_.tenant = tenant_.slug.isEmpty() ? tenant_.id : tenant_.slug;
            profile_.email = user_.email;
            api_.setCacheScope(profile_.id());
            saveRefreshToken();
        }
        storeIdentity();
        setState(State::SignedIn);
        emit signedIn();
    });
    connect(job, &ApiJob::failed, this, [this, attempt](const ApiProblem& problem) {
        if (attempt == attempt_) {
            setState(State::SignedOut);
            emit signInFailed(problem);
        }
    });
    job->start();
}

void Session::reloadTenant()
{
    if (!isActive()) {
        return;
    }
    auto* job = api_.job(ApiRequest::get("/api/enterprise/tenants/" + user_.tenantId));
    connect(job, &ApiJob::succeeded, this, [this](const QJsonDocument& body) {
        if (const auto tenant = Tenant::fromJson(body.object()); tenant && tenant->id == user_.tenantId) {
            tenant_ = *tenant;
            tenantJson_ = body.object();
            storeIdentity();
            emit tenantChanged();
        }
    });
    connect(job, &ApiJob::failed, this,
            [this](const ApiProblem& problem) { emit warning(problem.message()); });
    job->start();
}

void Session::storeIdentity()
{
    const QJsonObject identity{{"user", userJson_}, {"tenant", tenantJson_}};
    cache_.store(profile_.id(), identityKey, QJsonDocument(identity).toJson(QJsonDocument::Compact));
}

void Session::refreshThen(QObject* context, std::function<void(bool)> done)
{
    waiters_.append({context, std::move(done)});
    if (!refreshing_) {
        startRefresh();
    }
}

void Session::startRefresh()
{
    if (credentials_.refreshToken().isEmpty()) {
        finishRefresh(false);
        return;
    }
    refreshing_ = true;
    const auto attempt = attempt_;
    requestTokens(
        "/api/auth/refresh", {{"refresh_token", credentials_.refreshToken()}},
        [this, attempt] {
            if (state_ == State::SigningIn || state_ == State::Offline) {
                loadTenantThenSignIn(attempt);
            }
            finishRefresh(true);
        },
        [this](const ApiProblem& problem) { onRefreshFailed(problem); });
}

void Session::onRefreshFailed(const ApiProblem& problem)
{
    const bool refused =
        problem.kind == ApiProblem::Kind::Http && problem.status >= 400 && problem.status < 500;
    if (state_ == State::SigningIn) {
        if (refused) {
            forgetAccount(false);
            setState(State::SignedOut);
            emit resumeUnavailable(tr("Your saved sign-in has ended; please sign in again."));
        } else if (!goOffline()) {
            setState(State::SignedOut);
            emit resumeUnavailable(problem.message());
        }
    } else if (refused) {
        forgetAccount(true);
        setState(State::SignedOut);
        emit expired(problem);
    }
    finishRefresh(false);
}

bool Session::goOffline()
{
    const auto cached = cache_.load(profile_.id(), identityKey);
    if (!cached) {
        return false;
    }
    const auto identity = QJsonDocument::fromJson(cached->body).object();
    const auto user = User::fromJson(identity.value("user").toObject());
    const auto tenant = Tenant::fromJson(identity.value("tenant").toObject());
    if (!user || !tenant) {
        return false;
    }
    user_ = *user;
    tenant_ = *tenant;
    userJson_ = identity.value("user").toObject();
    tenantJson_ = identity.value("tenant").toObject();
    setState(State::Offline);
    emit signedIn();
    return true;
}

void Session::finishRefresh(bool ok)
{
    refreshing_ = false;
    const auto waiting = std::exchange(waiters_, {});
    for (const auto& waiter : waiting) {
        if (waiter.context) {
            waiter.done(ok);
        }
    }
}

void Session::forgetAccount(bool clearCache)
{
    credentials_.clearTokens();
    credentialStore_.remove(profile_.id(), this, [this](const CredentialResult& result) {
        if (!result.ok) {
            emit warning(
                tr("The saved sign-in could not be removed from the system keychain: %1").arg(result.error));
        }
    });
    if (clearCache) {
        cache_.clearScope(profile_.id());
    }
}

void Session::signOut()
{
    if (!isActive()) {
        return;
    }
    ++attempt_;
    finishRefresh(false);
    setState(State::SigningOut);
    const auto finish = [this] {
        forgetAccount(true);
        user_ = {};
        tenant_ = {};
        setState(State::SignedOut);
        emit signedOut();
    };
    if (credentials_.accessToken().isEmpty()) {
        finish();
        return;
    }
    // The server is told first (the token must still be there to say who signs out); a
    // server that cannot be reached does not keep the user signed in locally.
    auto* job = api_.job(ApiRequest::post("/api/auth/logout"));
    job->setRefresher(nullptr);
    job->setTimeout(signOutTimeout);
    connect(job, &ApiJob::succeeded, this, finish);
    connect(job, &ApiJob::failed, this, finish);
    job->start();
}

} // namespace aih::console
