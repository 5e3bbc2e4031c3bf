// SPDX-License-Identifier: Apache-2.0
#include "sso/OidcProviders.h"

#include "logging/Logger.h"

#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>
#include <sstream>

namespace aih::sso {
namespace {

const logging::Logger oidcProvidersLogger("sso");

constexpr auto cacheLifetime = std::chrono::hours(1);

std::string formEncode(const std::string& value)
{
    std::string encoded;
    Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]~ ", encoded);
    return encoded;
}

std::string basicCredentials(const std::string& clientId, const std::string& clientSecret)
{
    // RFC 6749 §2.3.1: each part form-encoded before the two are joined and base64-encoded.
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_NO_PADDING);
    encoder.rdbuf()->setLineLength(0);
    encoder << formEncode(clientId) << ':' << formEncode(clientSecret);
    encoder.close();
    auto text = out.str();
    while (text.size() % 4 != 0) {
        text += '=';
    }
    return "Basic " + text;
}

std::string providerErrorOf(const std::string& body)
{
    try {
        const auto object = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
        if (object && object->get("error").isString()) {
            auto text = object->getValue<std::string>("error");
            if (object->get("error_description").isString()) {
                text += ": " + object->getValue<std::string>("error_description");
            }
            return text.substr(0, 300);
        }
    } catch (const std::exception&) {
        // Not OAuth's error shape: the status alone has to do.
    }
    return {};
}

} // namespace

OidcProviders::OidcProviders(egress::GuardedHttpClient http, std::chrono::seconds forcedRefreshInterval)
    : http_(std::move(http)), forcedRefreshInterval_(forcedRefreshInterval)
{
}

std::shared_ptr<OidcProviders::Entry> OidcProviders::entryOf(const std::string& issuer)
{
    const std::lock_guard lock(mutex_);
    auto& entry = entries_[issuer];
    if (!entry) {
        entry = std::make_shared<Entry>();
    }
    return entry;
}

void OidcProviders::forget(const std::string& issuer)
{
    const std::lock_guard lock(mutex_);
    entries_.erase(issuer);
}

std::string OidcProviders::fetch(const std::string& url) const
{
    egress::OutboundRequest request;
    request.url = url;
    const auto response = http_.send(request);
    if (response.status != 200) {
        throw ProviderError(url + " answered HTTP " + std::to_string(response.status));
    }
    return response.body;
}

ProviderMetadata OidcProviders::metadata(const std::string& issuer)
{
    const auto entry = entryOf(issuer);
    const std::lock_guard lock(entry->fetching);
    const auto now = std::chrono::steady_clock::now();
    if (!entry->metadata || now - entry->metadataFetchedAt > cacheLifetime) {
        entry->metadata =
            std::make_shared<const ProviderMetadata>(parseDiscovery(fetch(discoveryUrl(issuer)), issuer));
        entry->metadataFetchedAt = now;
    }
    return *entry->metadata;
}

KeySet OidcProviders::fetchKeys(Entry& entry, const ProviderMetadata& provider)
{
    std::vector<crypto::PublicJwk> keys;
    try {
        keys = crypto::parseJwks(fetch(provider.jwksUri));
    } catch (const crypto::JwkError& error) {
        throw ProviderError(std::string("the provider's key set is unusable: ") + error.what());
    }
    entry.keys = std::make_shared<const std::vector<crypto::PublicJwk>>(std::move(keys));
    entry.keysFrom = provider.jwksUri;
    entry.keysFetchedAt = std::chrono::steady_clock::now();
    oidcProvidersLogger.info("fetched the key set of " + provider.issuer + " (" +
                             std::to_string(entry.keys->size()) + " signing keys)");
    return entry.keys;
}

KeySet OidcProviders::keys(const ProviderMetadata& provider)
{
    const auto entry = entryOf(provider.issuer);
    const std::lock_guard lock(entry->fetching);
    if (!entry->keys || entry->keysFrom != provider.jwksUri ||
        std::chrono::steady_clock::now() - entry->keysFetchedAt > cacheLifetime) {
        return fetchKeys(*entry, provider);
    }
    return entry->keys;
}

KeySet OidcProviders::keysAfterUnknownKey(const ProviderMetadata& provider)
{
    const auto entry = entryOf(provider.issuer);
    const std::lock_guard lock(entry->fetching);
    const auto now = std::chrono::steady_clock::now();
    if (entry->keys && entry->keysFrom == provider.jwksUri &&
        now - entry->lastForcedRefresh < forcedRefreshInterval_) {
        return entry->keys;
    }
    entry->lastForcedRefresh = now;
    try {
        return fetchKeys(*entry, provider);
    } catch (const std::exception& error) {
        // Keep what was known: the token is refused either way, and good keys stay usable.
        oidcProvidersLogger.warning("could not fetch the key set of " + provider.issuer +
                                    " again: " + error.what());
        if (entry->keys) {
            return entry->keys;
        }
        throw;
    }
}

CodeRedemption OidcProviders::redeem(const ProviderMetadata& provider, const CodeRequest& request) const
{
    egress::OutboundRequest post;
    post.method = "POST";
    post.url = provider.tokenEndpoint;
    post.contentType = "application/x-www-form-urlencoded";
    post.body = "grant_type=authorization_code&code=" + formEncode(request.code) +
                "&redirect_uri=" + formEncode(request.redirectUri) +
                "&code_verifier=" + formEncode(request.codeVerifier);
    if (request.clientSecret.empty()) {
        post.body += "&client_id=" + formEncode(request.clientId);
    } else {
        post.headers.emplace_back("Authorization", basicCredentials(request.clientId, request.clientSecret));
    }
    const auto response = http_.send(post);
    if (response.status != 200) {
        const auto detail = providerErrorOf(response.body);
        throw ProviderError("the token endpoint answered HTTP " + std::to_string(response.status) +
                            (detail.empty() ? "" : " (" + detail + ")"));
    }
    Poco::JSON::Object::Ptr body;
    try {
        body = Poco::JSON::Parser().parse(response.body).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception&) {
        throw ProviderError("the token endpoint's answer is not a JSON object");
    }
    if (!body || !body->get("id_token").isString()) {
        throw ProviderError("the token endpoint's answer has no ID token");
    }
    const auto tokenType = body->get("token_type");
    if (!tokenType.isString() || Poco::icompare(tokenType.extract<std::string>(), "bearer") != 0) {
        throw ProviderError("the token endpoint's answer is not a Bearer token");
    }
    CodeRedemption redemption;
    redemption.idToken = body->getValue<std::string>("id_token");
    if (body->get("access_token").isString()) {
        redemption.accessToken = body->getValue<std::string>("access_token");
    }
    return redemption;
}

} // namespace aih::sso
