// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace aih::test {

/// What the identity provider posts back: the form its page submits to the service provider.
struct SamlPost
{
    QString action; ///< the ACS URL the AuthnRequest named
    QString samlResponse;
    QString relayState;
    bool ok() const { return !action.isEmpty() && !samlResponse.isEmpty(); }
};

/// A SAML 2.0 identity provider on its own loopback port, running tests/idp/saml-idp.py: its
/// Responses are signed by xmlsec1 with a test key made in a temporary directory. The accounts
/// are alice, bob, carol and mallory (tests/idp/README.md). It dies with the test program
/// (PR_SET_PDEATHSIG) and is stopped when this goes out of scope.
class SamlProviderProcess
{
public:
    SamlProviderProcess();
    ~SamlProviderProcess();
    SamlProviderProcess(const SamlProviderProcess&) = delete;
    SamlProviderProcess& operator=(const SamlProviderProcess&) = delete;

    /// Starts it and waits (at most 30 s) until it says it is listening; false if it did not.
    bool start();
    QString baseUrl() const { return QString("http://127.0.0.1:%1").arg(port_); }
    QString entityId() const { return baseUrl() + "/metadata"; }
    /// Its metadata document, as an admin would paste it.
    QString metadata() const;

    /// The next answer is for `login`, made hostile as `variant` says (tests/idp/README.md); once.
    bool setNext(const QString& login, const QString& variant = "ok") const;
    /// The browser's visit to the sign-on URL aihd redirected to: the provider reads the
    /// AuthnRequest and answers with its self-posting form, returned here unposted.
    SamlPost answer(const QString& signOnUrl) const;
    QString log() const;

private:
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    int port_;
};

} // namespace aih::test
