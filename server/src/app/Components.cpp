// SPDX-License-Identifier: Apache-2.0
#include "app/Components.h"

namespace aih::app {

Components::Components(const config::Config& config, const std::string& databaseUrl)
    : pool(databaseUrl, config.dbPoolSize, std::chrono::seconds(5)),
      database(pool),
      signer(config.secretKey, config.accessTokenTtl),
      loginThrottle(auth::LoginThrottle::Limits{config.loginFailuresPerAccount, config.loginFailuresPerAddress,
                                                std::chrono::minutes(15)}),
      authenticator(signer, config.operatorToken),
      tenantDirectory(database, config.baseDomain),
      tenantService(hasher),
      authService(database, tenantDirectory, hasher, signer, loginThrottle, config.refreshTokenTtl),
      userService(hasher)
{
}

} // namespace aih::app
