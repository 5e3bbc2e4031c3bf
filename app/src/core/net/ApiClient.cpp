// SPDX-License-Identifier: Apache-2.0
#include "core/net/ApiClient.h"

#include <QNetworkAccessManager>

namespace aih::console {

ApiClient::ApiClient(QNetworkAccessManager& network, const Credentials& credentials, OfflineCache* cache)
    : network_(network), credentials_(credentials), cache_(cache)
{
}

ApiJob* ApiClient::job(ApiRequest request) const
{
    const bool authenticated = request.authenticated;
    // Parented to the network manager so jobs still running at exit are cleaned up with it.
    auto* job = new ApiJob(network_, credentials_, std::move(request), &network_);
    job->setTimeout(timeout_);
    if (authenticated) {
        job->setRefresher(refresher_);
        job->setCache(cache_, cacheScope_);
    }
    return job;
}

} // namespace aih::console
