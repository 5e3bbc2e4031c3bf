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

} // namespace

Components::Components(const config::Config& config, const std::string& databaseUrl)
    : pool(databaseUrl, config.dbPoolSize, std::chrono::seconds(5)), database(pool), changes(databaseUrl),
      plans(database), signer(config.secretKey, config.accessTokenTtl),
      loginThrottle(auth::LoginThrottle::Limits{config.loginFailuresPerAccount,
                                                config.loginFailuresPerAddress, std::chrono::minutes(15)}),
      keyHasher(config.secretKey), keyVerifier(database, keyHasher, plans), auditKeys(config.secretKey),
      auditLog(auditKeys), keyService(keyHasher, plans, auditLog),
      authenticator(signer, keyVerifier, config.operatorToken),
      rateLimiter(redisLimiter(config, hourly), hourly), requestLimits(rateLimiter, plans),
      usageStore(database),
      usageMeter([this](const std::string& tenantId,
                        const metering::UsageBatch& batch) { usageStore.write(tenantId, batch); },
                 config.usageFlushInterval),
      catalog(database), tenantDirectory(database, config.baseDomain), tenantService(hasher, auditLog),
      authService(database, tenantDirectory, hasher, signer, loginThrottle, config.refreshTokenTtl, auditLog),
      userService(hasher, auditLog), auditService(auditLog),
      auditDenials(database, auditLog,
                   [this](const http::RequestContext& ctx) { return authenticator.refusedKey(ctx); }),
      auditMaintenance(database, auditLog, auditDenials, config.auditFlushInterval,
                       config.auditCheckpointInterval),
      gdprService(auditLog)
{
    changes.subscribe([this](const std::string& payload) { plans.onChange(payload); });
    changes.subscribe([this](const std::string& payload) { keyVerifier.onChange(payload); });
    changes.subscribe([this](const std::string& payload) { catalog.onChange(payload); });
}

void Components::start()
{
    changes.start();
    usageMeter.start();
    auditMaintenance.start();
}

void Components::stop()
{
    usageMeter.stop();
    auditMaintenance.stop();
    changes.stop();
}

} // namespace aih::app
