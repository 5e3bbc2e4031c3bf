// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Jwk.h"
#include "egress/GuardedHttpClient.h"
#include "sso/OidcDiscovery.h"

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace aih::sso {

using KeySet = std::shared_ptr<const std::vector<crypto::PublicJwk>>;

/// What a provider's token endpoint gave for an authorization code.
struct CodeRedemption
{
    std::string idToken;
    std::string accessToken;
};

struct CodeRequest
{
    std::string clientId;
    std::string clientSecret; ///< empty: a public client (PKCE alone)
    std::string code;
    std::string redirectUri;
    std::string codeVerifier;
};

/// The OpenID Providers this instance talks to: their discovery documents and key sets, cached
/// for an hour, fetched through the egress guard. A key set is fetched again before its hour is
/// up only when a token names a key it lacks (the provider rotated), at most once per
/// `forcedRefreshInterval` per provider, so tokens with made-up key ids cannot make us hammer
/// the provider. Each provider has its own lock, so a slow one delays only its own sign-ins.
class OidcProviders
{
public:
    OidcProviders(egress::GuardedHttpClient http, std::chrono::seconds forcedRefreshInterval);

    /// Throws ProviderError (unusable document) or egress::EgressError.
    ProviderMetadata metadata(const std::string& issuer);
    KeySet keys(const ProviderMetadata& provider);
    /// The key set after a token named an unknown key: fetched again unless that happened less
    /// than the interval ago (then the cached set, which will refuse the token again).
    KeySet keysAfterUnknownKey(const ProviderMetadata& provider);
    /// Forgets what was cached of `issuer`, so the next sign-in or test fetches afresh.
    void forget(const std::string& issuer);

    /// The token request of the code flow (RFC 6749 §4.1.3 with RFC 7636's verifier), the client
    /// authenticated by HTTP Basic (client_secret_basic) or, for a public client, by its id.
    /// Throws ProviderError when the provider refuses or answers without an ID token.
    CodeRedemption redeem(const ProviderMetadata& provider, const CodeRequest& request) const;

private:
    struct Entry
    {
        std::mutex fetching;
        std::shared_ptr<const ProviderMetadata> metadata;
        KeySet keys;
        std::string keysFrom;
        std::chrono::steady_clock::time_point metadataFetchedAt;
        std::chrono::steady_clock::time_point keysFetchedAt;
        std::chrono::steady_clock::time_point lastForcedRefresh;
    };

    std::shared_ptr<Entry> entryOf(const std::string& issuer);
    KeySet fetchKeys(Entry& entry, const ProviderMetadata& provider);
    std::string fetch(const std::string& url) const;

    egress::GuardedHttpClient http_;
    std::chrono::seconds forcedRefreshInterval_;
    std::mutex mutex_;
    std::map<std::string, std::shared_ptr<Entry>> entries_;
};

} // namespace aih::sso
