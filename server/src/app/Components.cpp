// SPDX-License-Identifier: Apache-2.0
#include "app/Components.h"

#include "auth/RedisSignInThrottle.h"
#include "mail/LogTransport.h"
#include "mail/SmtpTransport.h"
#include "ratelimit/LeasedRateLimiter.h"
#include "saml/SamlLibrary.h"

namespace aih::app {
namespace {

std::shared_ptr<redis::Client> connectRedis(const config::Config& config)
{
    if (config.redisUrl) {
        return std::make_shared<redis::Client>(
            redis::Endpoint{redis::parseRedisUrl(*config.redisUrl), {}, {}});
    }
    if (!config.redisSentinels.empty()) {
        return std::make_shared<redis::Client>(redis::Endpoint{
            std::nullopt, redis::parseSentinels(config.redisSentinels), config.redisMasterName});
    }
    return nullptr;
}

std::unique_ptr<ratelimit::SharedRateLimiter> sharedLimiter(const std::shared_ptr<redis::Client>& client,
                                                            ratelimit::Window window)
{
    if (!client) {
        return nullptr;
    }
    return std::make_unique<ratelimit::LeasedRateLimiter>(client, window);
}

constexpr ratelimit::Window hourly{3600};

std::unique_ptr<auth::SignInThrottle> signInThrottleFor(const config::Config& config,
                                                        const std::shared_ptr<redis::Client>& client)
{
    if (client) {
        return std::make_unique<auth::RedisSignInThrottle>(client, config.loginFailuresPerAccount,
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

std::shared_ptr<mail::MailTransport> mailTransport(const config::Config& config)
{
    if (!config.smtp) {
        return std::make_shared<mail::LogTransport>();
    }
    return std::make_shared<mail::SmtpTransport>(*config.smtp);
}

} // namespace

/// Where clients and identity providers reach this server: AIH_PUBLIC_URL, else the listening
/// address (a wildcard one as localhost).
std::string publicUrlOf(const config::Config& config)
{
    if (!config.publicUrl.empty()) {
        return config.publicUrl;
    }
    const bool wildcard = config.listenHost == "0.0.0.0" || config.listenHost == "::";
    const auto host = wildcard                                           ? std::string("localhost")
                      : config.listenHost.find(':') != std::string::npos ? "[" + config.listenHost + "]"
                                                                         : config.listenHost;
    return "http://" + host + ":" + std::to_string(config.listenPort);
}

Components::Components(const config::Config& config, const std::string& databaseUrl)
    : redisClient(connectRedis(config)), pool(databaseUrl, config.dbPoolSize, std::chrono::seconds(5)),
      database(pool), changes(databaseUrl), plans(database),
      hasher(config.maxConcurrentHashes > 0 ? config.maxConcurrentHashes
                                            : auth::PasswordHasher::defaultConcurrency()),
      signer(config.secretKey, config.accessTokenTtl), signInThrottle(signInThrottleFor(config, redisClient)),
      keyHasher(config.secretKey), keyVerifier(database, keyHasher, plans), auditKeys(config.secretKey),
      mfaKeys(config.secretKey), auditLog(auditKeys),
      keyService(database, keyHasher, plans, auditLog,
                 [this](const db::Change& change) { changes.announceLocally(change); }),
      liveSessions(database, [this] { return changes.connected(); }),
      authenticator(signer, keyVerifier, liveSessions, database, config.operatorToken),
      rateLimiter(sharedLimiter(redisClient, hourly), hourly),
      quotaGuard([this](const std::string& tenantId) {
          return database.inTenant(tenantId,
                                   [](db::Transaction& tx) { return metering::MonthlyQuota::current(tx); });
      }),
      requestLimits(rateLimiter, plans, quotaGuard,
                    {config.userRateShare, config.adminRecoveryRateLimit, config.operatorRateLimit}),
      signUps(rateLimiter, config.signUpsPerAddress, config.signUpsPerHour),
      usageStore(database, auditLog,
                 [this](const std::string& tenantId) { return plans.get(tenantId).monthlyQuota; }),
      usageMeter(
          [this](const std::string& tenantId, const metering::UsageBatch& batch) {
              if (const auto progress = usageStore.write(tenantId, batch)) {
                  quotaGuard.settle(tenantId, progress->period, progress->succeeded);
              }
          },
          config.usageFlushInterval),
      catalog(database), tenantDirectory(database, config.baseDomain),
      tenantService(
          database, hasher, passwordPolicy, auditLog, signUps,
          [this](const db::Change& change) { changes.announceLocally(change); },
          [this](db::Transaction& tx, const users::User& owner, const std::string& language) {
              emailVerification.require(tx, owner, language);
          }),
      authService(database, tenantDirectory, hasher, signer, *signInThrottle, config.refreshTokenTtl,
                  auditLog, [this](const db::Change& change) { changes.announceLocally(change); }),
      userService(database, hasher, passwordPolicy, auditLog,
                  [this](const db::Change& change) { changes.announceLocally(change); }),
      stripe(billing::StripeSettings{config.stripeApiBase, config.stripeSecretKey, config.stripeTimeout}),
      billingService(database, stripe, billing::PriceCatalog(config.stripePriceIds), config.baseDomain,
                     auditLog),
      stripeWebhooks(database, stripe, billing::PriceCatalog(config.stripePriceIds),
                     config.stripeWebhookSecret, config.billingGracePeriod, auditLog,
                     [this](const db::Change& change) { changes.announceLocally(change); }),
      graceSweeper(database, config.billingGracePeriod, auditLog,
                   [this](const db::Change& change) { changes.announceLocally(change); }),
      auditService(database, auditLog),
      auditDenials(
          database, auditLog,
          [this](const http::RequestContext& ctx) { return authenticator.refusedKey(ctx); },
          audit::DenialCap{config.auditDenialsPerWindow, config.auditDenialWindow}),
      auditMaintenance(database, auditLog, auditDenials, config.auditFlushInterval,
                       config.auditCheckpointInterval),
      gdprService(database, auditLog), brandingService(database, plans, catalog, auditLog),
      assetService(database, plans, auditLog),
      domainService(
          database, plans, auditLog, [this](const db::Change& change) { changes.announceLocally(change); },
          dnsResolver(config), config.baseDomain),
      analyticsService(database),
      mailSender(
          database, mailTransport(config),
          accounts::MailSenderSettings{config.mailFrom, config.mailPollInterval, config.mailFirstRetry}),
      passwordService(
          database, tenantDirectory, hasher, passwordPolicy, *signInThrottle, rateLimiter, auditLog,
          [this](const db::Change& change) { changes.announceLocally(change); },
          accounts::PasswordSettings{config.portalUrl}),
      emailVerification(database, tenantDirectory, rateLimiter, auditLog,
                        accounts::VerificationSettings{config.portalUrl}),
      invitationService(database, hasher, passwordPolicy, authService, rateLimiter, auditLog,
                        accounts::InvitationSettings{.portalUrl = config.portalUrl,
                                                     .invitationsPerInviter = config.invitationsPerHour}),
      operatorService(invitationService, userService, gdprService),
      sessionService(database, auditLog,
                     [this](const db::Change& change) { changes.announceLocally(change); }),
      mfaService(database, authService, *signInThrottle, mfaKeys, auditLog), ssoKeys(config.secretKey),
      oidcProviders(egress::GuardedHttpClient(egress::EgressPolicy(config.ssoAllowedNetworks),
                                              std::chrono::seconds(10), std::size_t{256} * 1024),
                    config.ssoKeyRefreshInterval),
      ssoStarts(rateLimiter), ssoConnections(database, auditLog, ssoKeys),
      ssoDomains(database, auditLog, dnsResolver(config), config.baseDomain),
      ssoSignIn(sso::SsoSignInService::Parts{database, tenantDirectory, plans, ssoConnections, oidcProviders,
                                             authService, ssoKeys, auditLog, time::systemClock(), ssoStarts},
                sso::SsoEndpoints{publicUrlOf(config)}),
      scimTokens(database, auditLog),
      scim(database, auditLog, [this](const db::Change& change) { changes.announceLocally(change); }),
      webhookSecrets(config.secretKey),
      // A receiver's answer is read only for its status: 64 KiB of body is plenty.
      webhookClient(egress::EgressPolicy(config.webhookAllowedNetworks), config.webhookTimeout,
                    std::size_t{64} * 1024),
      webhookEndpoints(database, auditLog, webhookSecrets, webhookClient),
      webhookDispatcher(
          database, auditLog, webhookSecrets, webhookClient,
          webhooks::DispatcherSettings{.workers = config.webhookWorkers,
                                       .timeout = config.webhookTimeout,
                                       .firstRetry = config.webhookFirstRetry,
                                       .retryFor = config.webhookRetryFor,
                                       .disableAfter = config.webhookDisableAfter,
                                       .disableAfterFailures = config.webhookDisableAfterFailures}),
      keyLifecycle(
          database, auditLog, [this](const db::Change& change) { changes.announceLocally(change); },
          apikeys::KeyLifecycleSettings{.interval = config.keySweepInterval,
                                        .graceIdle = config.keyGraceIdle}),
      closures(
          database, auditLog, billingService,
          [this](const db::Change& change) { changes.announceLocally(change); },
          config.tenantArchiveKeepDays),
      deletionSweeper(closures, config.tenantDeletionSweepInterval),
      supportAccess(database, auditLog, signer), quotaAlerts(database, auditLog),
      publicUrl(publicUrlOf(config))
{
    // Before any request thread: Lasso initialises libxml2 and xmlsec process-wide.
    saml::initializeSaml();
    // Keys first: a key loaded across a tenant's change is then not kept, so it never puts the
    // tenant's plan as it was before the change back into the plans the next line clears.
    changes.subscribe([this](const db::Change& change) { keyVerifier.onChange(change); });
    changes.subscribe([this](const db::Change& change) { plans.onChange(change); });
    changes.subscribe([this](const db::Change& change) { quotaGuard.onChange(change); });
    changes.subscribe([this](const db::Change& change) { catalog.onChange(change); });
    changes.subscribe([this](const db::Change& change) { tenantDirectory.onChange(change); });
    changes.subscribe([this](const db::Change& change) { liveSessions.onChange(change); });
}

void Components::start()
{
    changes.start();
    usageMeter.start();
    graceSweeper.start();
    auditMaintenance.start();
    mailSender.start();
    webhookDispatcher.start();
    keyLifecycle.start();
    deletionSweeper.start();
}

void Components::stop()
{
    deletionSweeper.stop();
    keyLifecycle.stop();
    webhookDispatcher.stop();
    mailSender.stop();
    graceSweeper.stop();
    usageMeter.stop();
    auditMaintenance.stop();
    changes.stop();
}

void Components::registerMetrics()
{
    for (const observability::MetricsSource* source :
         std::initializer_list<const observability::MetricsSource*>{
             &requestMetrics, &requestLimits, &keyVerifier, &pool, &connections, &rateLimiter,
             &stripeWebhooks, &usageMeter, &auditDenials, &hasher.gate(), &tenantDirectory, &mailSender,
             &webhookDispatcher}) {
        metrics.add(*source);
    }
}

} // namespace aih::app
