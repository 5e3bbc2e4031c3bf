// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiJob.h"
#include "core/net/Pending.h"

#include <chrono>

class QNetworkAccessManager;

namespace aih::console {

class Credentials;
class OfflineCache;
class TokenRefresher;

/// Makes API jobs for the signed-in server: every job goes through the same network manager
/// (which adds the token), the same token refresher, timeout and offline cache.
class ApiClient
{
public:
    ApiClient(QNetworkAccessManager& network, const Credentials& credentials, OfflineCache* cache);

    void setRefresher(TokenRefresher* refresher) { refresher_ = refresher; }
    /// The account whose cached answers jobs read and write.
    void setCacheScope(const QString& scope) { cacheScope_ = scope; }
    void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    std::chrono::milliseconds timeout() const { return timeout_; }

    /// A configured job, not yet started.
    ApiJob* job(ApiRequest request) const;

    template <typename T> Pending<T> call(ApiRequest request, typename Pending<T>::Parser parse) const
    {
        return Pending<T>(job(std::move(request)), std::move(parse));
    }

    const Credentials& credentials() const { return credentials_; }

private:
    QNetworkAccessManager& network_;
    const Credentials& credentials_;
    OfflineCache* cache_;
    TokenRefresher* refresher_ = nullptr;
    QString cacheScope_;
    std::chrono::milliseconds timeout_{30000};
};

} // namespace aih::console
