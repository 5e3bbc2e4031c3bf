// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/sso/ScimToken.h"
#include "features/sso/SsoConnection.h"
#include "features/sso/SsoDomain.h"
#include "features/sso/SsoTestResult.h"

namespace aih::console {

/// The calls of the single sign-on page: `/api/enterprise/sso/` connections, their tests,
/// email domains and the SCIM token. Admins only, on a plan with the `sso` feature.
class SsoApi
{
public:
    explicit SsoApi(const ApiClient& client) : client_(client) {}

    Pending<QList<SsoConnection>> connections() const;
    Pending<SsoConnection> createConnection(const SsoConnectionDraft& draft) const;
    Pending<SsoConnection> updateConnection(const QString& id, const SsoConnectionDraft& draft) const;
    /// Also removes the accounts' links to the provider made through it.
    Pending<Done> removeConnection(const QString& id) const;

    /// A test's first call, for a BrowserFlow to send with its loopback's challenge.
    static ApiRequest testStart(const QString& connectionId);
    /// What the provider sent in a test whose browser came back with `code`.
    Pending<SsoTestResult> testResult(const QString& connectionId, const QString& code,
                                      const QString& verifier) const;

    Pending<QList<SsoDomain>> domains() const;
    /// A pending claim, with the TXT record to publish.
    Pending<SsoDomain> claimDomain(const QString& domain) const;
    /// Looks the TXT record up; a record not found yet is a 422.
    Pending<SsoDomain> verifyDomain(const QString& id) const;
    Pending<Done> removeDomain(const QString& id) const;

    Pending<ScimTokenStatus> scimToken() const;
    /// A new token, replacing any earlier one at once.
    Pending<IssuedScimToken> newScimToken() const;

    const ApiClient& client() const { return client_; }

private:
    const ApiClient& client_;
};

} // namespace aih::console
