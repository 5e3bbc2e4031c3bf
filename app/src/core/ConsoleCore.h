// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cache/OfflineCache.h"
#include "core/credentials/CredentialStore.h"
#include "core/net/ApiClient.h"
#include "core/net/AuthorizingNetworkManager.h"
#include "core/platform/Clock.h"
#include "core/session/Credentials.h"
#include "core/session/ProfileStore.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"

namespace aih::console {

/// Where the console keeps its state; tests point these at a temporary folder.
struct CorePaths
{
    QString settingsFile;
    QString cacheFile;
    /// The keychain service name the refresh tokens are filed under.
    QString keychainService = QStringLiteral("aih-console");
};

/// The console's non-GUI parts, built once in dependency order and handed to the GUI by
/// reference. The members are declared in the order they are built.
class ConsoleCore
{
public:
    explicit ConsoleCore(const CorePaths& paths);
    ConsoleCore(const ConsoleCore&) = delete;
    ConsoleCore& operator=(const ConsoleCore&) = delete;

    Settings& settings() { return settings_; }
    OfflineCache& cache() { return cache_; }
    const Clock& clock() const { return clock_; }
    QNetworkAccessManager& network() { return network_; }
    Credentials& credentials() { return credentials_; }
    CredentialStore& credentialStore() { return credentialStore_; }
    ProfileStore& profiles() { return profiles_; }
    ApiClient& api() { return api_; }
    Session& session() { return session_; }

private:
    void applyTimeout();

    SystemClock clock_;
    Settings settings_;
    OfflineCache cache_;
    Credentials credentials_;
    AuthorizingNetworkManager network_;
    CredentialStore credentialStore_;
    ProfileStore profiles_;
    ApiClient api_;
    Session session_;
};

} // namespace aih::console
