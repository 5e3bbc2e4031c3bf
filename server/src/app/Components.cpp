// SPDX-License-Identifier: Apache-2.0
#include "app/Components.h"

#include "auth/RedisSignInThrottle.h"

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

std::unique_ptr<auth::SignInThrottle> signInThrottleFor(const config::Config& config)
{
    if (config.redisUrl) {
        const auto [host, port] = ratelimit::parseRedisUrl(*config.redisUrl);
        return std::make_unique<auth::RedisSignInThrottle>(host, port, config.loginFailuresPerAccount,
                                                           config.loginFailuresPerAddress);
    }
    return std::make_unique<auth::LoginThrottle>(auth::LoginThrottle::Limits{
        config.loginFailuresPerAccount, config.loginFailuresPerAddress, std::chrono::minutes(15)});
}

branding::DnsTxtResolver dnsResolver(const config::Config& config)
{
    if (config.dnsServerHost.empty()) {
        return branding::DnsTxtResolver();
    }
    return branding::DnsTxtResolver(branding::Nameserver{config.dnsServerHost, config.dnsServerPort});
}

/// Writes usage batches, counting the writes and failures for /metrics.
metering::UsageMeter::Writer countedUsageWriter(metering::UsageStore& store, observability::Metrics& metrics)
{
    return [&store, &metrics](const std::string& tenantId, const metering::UsageBatch& batch) {
        try {
            store.write(tenantId, batch);
        } catch (...) {
            metrics.usageFlushFailures.add();
            throw;
        }
        metrics.usageFlushes.add();
    };
}

} // namespace

Components::Components(const config::Config& config, const std::string& databaseUrl)
    : pool(databaseUrl, config.dbPoolSize, std::chrono::seconds(5)), database(pool), changes(databaseUrl),
      plans(database), signer(config.secretKey, config.accessTokenTtl),
      signInThrottle(signInThrottleFor(config)), keyHasher(config.secretKey),
      keyVerifier(database, keyHasher, plans), auditKeys(config.secretKey), auditLog(auditKeys),
      keyService(keyHasher, plans, auditLog,
                 [this](const std::string& payload) { changes.announceLocally(payload); }),
      authenticator(signer, keyVerifier, config.operatorToken),
      rateLimiter(redisLimiter(config, hourly), hourly), requestLimits(rateLimiter, plans),
      usageStore(database), usageMeter(countedUsageWriter(usageStore, metrics), config.usageFlushInterval),
      catalog(database), tenantDirectory(database, config.baseDomain), tenantService(hasher, auditLog),
      authService(database, tenantDirectory, hasher, signer, *signInThrottle, config.refreshTokenTtl,
                  auditLog),
      userService(hasher, auditLog, [this](const std::string& payload) { changes.announceLocally(payload); }),
      stripe(billing::StripeSettings{config.stripeApiBase, config.stripeSecretKey, config.stripeTimeout}),
      billingService(stripe, billing::PriceCatalog(config.stripePriceIds), config.baseDomain, auditLog),
      webhooks(stripe, billing::PriceCatalog(config.stripePriceIds), config.stripeWebhookSecret,
               config.billingGracePeriod, auditLog,
               [this](const std::string& payload) { changes.announceLocally(payload); }),
      graceSweeper(database, config.billingGracePeriod, auditLog,
                   [this](const std::string& payload) { changes.announceLocally(payload); }),
      auditService(auditLog),
      auditDenials(database, auditLog,
                   [this](const http::RequestContext& ctx) { return authenticator.refusedKey(ctx); }),
      auditMaintenance(database, auditLog, auditDenials, config.auditFlushInterval,
                       config.auditCheckpointInterval),
      gdprService(auditLog), brandingService(plans, catalog, auditLog), assetService(plans, auditLog),
      domainService(
          plans, auditLog, [this](const std::string& payload) { changes.announceLocally(payload); },
          dnsResolver(config), config.baseDomain),
      analyticsService(database, plans)
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
    graceSweeper.start();
    auditMaintenance.start();
}

void Components::stop()
{
    graceSweeper.stop();
    usageMeter.stop();
    auditMaintenance.stop();
    changes.stop();
}

} // namespace aih::app
