// SPDX-License-Identifier: Apache-2.0
#include "app/Components.h"

namespace aih::app {
namespace {

std::unique_ptr<ratelimit::RedisRateLimiter> redisLimiter(const config::Config& config,
                                                          ratelimit::Window window)
{
    if (!config.redisUrl) {
        return nullptr;
    }
    const auto [host, port] = ratelimit::parseRedisUrl(*config.redisUrl);
    return std::make_unique<ratelimit::RedisRateLimiter>(host, port, window);
}

constexpr ratelimit::Window hourly{3600};

branding::DnsTxtResolver dnsResolver(const config::Config& config)
{
    if (config.dnsServerHost.empty()) {
        return branding::DnsTxtResolver();
    }
    return branding::DnsTxtResolver(branding::Nameserver{config.dnsServerHost, config.dnsServerPort});
}

} // namespace

Components::Components(const config::Config& config, const std::string& databaseUrl)
    : pool(databaseUrl, config.dbPoolSize, std::chrono::seconds(5)), database(pool), changes(databaseUrl),
      plans(database), signer(config.secretKey, config.accessTokenTtl),
      loginThrottle(auth::LoginThrottle::Limits{config.loginFailuresPerAccount,
                                                config.loginFailuresPerAddress, std::chrono::minutes(15)}),
      keyHasher(config.secretKey), keyVerifier(database, keyHasher, plans),
      keyService(keyHasher, plans, [this](const std::string& payload) { changes.announceLocally(payload); }),
      authenticator(signer, keyVerifier, config.operatorToken),
      rateLimiter(redisLimiter(config, hourly), hourly), requestLimits(rateLimiter, plans),
      usageStore(database),
      usageMeter([this](const std::string& tenantId,
                        const metering::UsageBatch& batch) { usageStore.write(tenantId, batch); },
                 config.usageFlushInterval),
      catalog(database), tenantDirectory(database, config.baseDomain), tenantService(hasher),
      authService(database, tenantDirectory, hasher, signer, loginThrottle, config.refreshTokenTtl),
      userService(hasher, [this](const std::string& payload) { changes.announceLocally(payload); }),
      brandingService(plans, catalog), assetService(plans),
      domainService(
          plans, [this](const std::string& payload) { changes.announceLocally(payload); },
          dnsResolver(config), config.baseDomain)
{
    changes.subscribe([this](const std::string& payload) { plans.onChange(payload); });
    changes.subscribe([this](const std::string& payload) { keyVerifier.onChange(payload); });
    changes.subscribe([this](const std::string& payload) { catalog.onChange(payload); });
    changes.subscribe([this](const std::string& payload) { tenantDirectory.onChange(payload); });
}

void Components::start()
{
    changes.start();
    usageMeter.start();
}

void Components::stop()
{
    usageMeter.stop();
    changes.stop();
}

} // namespace aih::app
