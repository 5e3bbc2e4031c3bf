// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "OpenApiTools.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace aih::test {

/// A client registered at the provider. Without a secret it is a public client
/// (token_endpoint_auth_method none); with one it authenticates with client_secret_basic.
struct OidcClient
{
    QString clientId;
    QString clientSecret;
    QStringList redirectUris;
    QString alg = "RS256"; ///< its ID tokens' signing algorithm: RS256 or ES256
};

/// A real OpenID Provider (npm oidc-provider, pinned in tests/openapi) on its own loopback port,
/// running tests/idp/oidc-provider.mjs: the issuer is `http://127.0.0.1:<port>`; the accounts are
/// alice, bob and carol, with any password (see tests/idp/README.md). Its keys live in a file in a
/// temporary directory, so a restart keeps them unless told to roll them. Its log goes to a file.
/// It dies with the test program (PR_SET_PDEATHSIG) and is stopped when this goes out of scope.
class OidcProviderProcess
{
public:
    /// `script`: tests/idp/oidc-provider.mjs, e.g. defaultScript().
    OidcProviderProcess(const OpenApiTools& tools, const QString& script, QList<OidcClient> clients);
    ~OidcProviderProcess();
    OidcProviderProcess(const OidcProviderProcess&) = delete;
    OidcProviderProcess& operator=(const OidcProviderProcess&) = delete;

    /// tests/idp/oidc-provider.mjs in this source tree.
    static QString defaultScript();

    /// Starts it and waits (at most 30 s) until it says it is listening; false if it did not.
    bool start();
    void stop();
    QString issuer() const { return QString("http://127.0.0.1:%1").arg(port_); }
    unsigned short port() const { return static_cast<unsigned short>(port_); }

    /// A hard key roll: stops it, replaces its keys by fresh RS256 and ES256 keys with new kids
    /// (the old keys are no longer published), and starts it again on the same port. With
    /// `keepOldKeys`, the old keys stay published after the new ones (an overlapping roll); the
    /// new ones sign either way. Sessions, codes and a pending mutation are lost. False if it did
    /// not come back.
    bool restartWithNewKeys(bool keepOldKeys = false);
    /// The kids /jwks publishes now, in order (the first RS256 and the first ES256 one sign).
    QStringList keyIds() const;

    /// The next /token response that carries an ID token carries it broken: wrong-aud, wrong-iss,
    /// expired, bad-nonce, no-nonce, bad-sig, unknown-kid, hs256 or none (tests/idp/README.md).
    /// Once; a later call replaces one still pending. False if the provider refused it.
    bool mutateNextIdToken(const QString& mutation);
    /// GET /jwks and POST /token requests it has answered since construction, over restarts too.
    int jwksFetches() const;
    int tokenRequests() const;
    /// The ID token /token returned last (after any mutation); empty if none.
    QString lastIdToken() const;
    QString log() const;

    /// Walks the provider's login and consent pages as a browser would, with a fresh cookie jar
    /// keyed by cookie name, not following redirects automatically: GET authorizationUrl, the
    /// login page, POST the login form (prompt=login, login=<login>, password=x), follow to
    /// /auth/<uid>, the consent page, POST consent (prompt=consent), follow. Returns the final
    /// Location (the client's redirect_uri with code/state/iss, or with error=...), or an empty
    /// string with a warning on anything unexpected (an unknown login makes the provider answer
    /// 500). Relative Locations are resolved against the issuer.
    QString signIn(const QString& authorizationUrl, const QString& login) const;

private:
    bool launch(const QString& rollKeys);
    void addStats();

    const OpenApiTools& tools_;
    QString script_;
    QList<OidcClient> clients_;
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    int port_;
    int jwksFetchesBefore_ = 0; ///< counted by earlier runs of the provider
    int tokenRequestsBefore_ = 0;
};

} // namespace aih::test
