// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logging/Logger.h"
#include "mail/SmtpSettings.h"
#include "util/AddressBlock.h"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace aih::config {

/// Everything aihd can be told, read once at start-up from the environment and flags, checked,
/// then passed to the parts that need it. Nothing else reads the environment.
/// Twice the cores, at least 4: enough to keep every core busy while some workers wait on the
/// database, few enough that under load each worker takes the next request without sleeping.
int defaultWorkerThreads();

struct Config
{
    std::string command = "serve"; ///< serve | migrate | check-config | version
    std::string listenHost = "127.0.0.1";
    unsigned short listenPort = 8080;
    /// Connections open at once (idle ones hold no thread). Past it: 503 + Retry-After.
    int maxConnections = 1024;
    /// HTTP workers kept free to serve; more are started while others are blocked on a slow
    /// client or query, up to one per connection.
    int threads = defaultWorkerThreads();
    int maxQueuedConnections = 1024;           ///< connections past capacity waiting for their 503
    std::chrono::seconds keepAliveTimeout{10}; ///< an idle keep-alive connection is closed after
    /// A request head must arrive within this of its first byte, and its body within
    /// `requestBodyTimeout` of the head; past either the connection is answered 408 and closed.
    std::chrono::seconds requestHeadTimeout{10};
    std::chrono::seconds requestBodyTimeout{30};
    /// Connections open at once from one peer address; past it: 503 + Retry-After.
    int maxConnectionsPerAddress = 128;
    std::size_t maxBodyBytes = std::size_t{1024} * 1024;
    std::filesystem::path dataDir = "var/aihd";
    bool demo = false;
    /// PostgreSQL server binaries for the embedded cluster; empty: the newest installed.
    std::filesystem::path postgresBinDir;
    logging::Format logFormat = logging::Format::Json;
    logging::Level logLevel = logging::Level::Info;

    std::optional<std::string> databaseUrl; ///< unset: embedded PostgreSQL under dataDir
    /// The tables' owner, for migrations alone; unset: DATABASE_URL is the owner, and the pool
    /// logs in as aih_pool (db/PoolLogin.h) derived from it.
    std::optional<std::string> migrationDatabaseUrl;
    std::size_t dbPoolSize = 16;
    std::optional<std::string> redisUrl;
    /// REDIS_SENTINELS (`host:port,...`) and REDIS_MASTER_NAME: the Redis primary found through
    /// Sentinel instead of REDIS_URL, so a Redis failover needs no restart.
    std::string redisSentinels;
    std::string redisMasterName;
    std::chrono::milliseconds usageFlushInterval{10'000};
    std::chrono::milliseconds auditFlushInterval{2'000}; ///< batched denial entries
    std::size_t auditDenialsPerWindow = 60;              ///< denial entries per tenant and window
    std::chrono::seconds auditDenialWindow{60};
    std::chrono::seconds auditCheckpointInterval{3600}; ///< signed checkpoints, retention purge
    /// Streamed exports (audit trail, GDPR) at once on this instance, and per tenant; past
    /// either, 503 + Retry-After before anything is read.
    int maxConcurrentExports = 4;
    int maxExportsPerTenant = 2;
    /// A whole export must be sent within this; a reader that takes no byte for
    /// `exportStallTimeout` loses its connection sooner.
    std::chrono::seconds exportDeadline{600};
    std::chrono::seconds exportStallTimeout{30};

    std::string secretKey;
    std::string operatorToken;
    std::string baseDomain = "localhost";
    /// Nameserver (IPv4) for custom-domain checks; empty: the system resolver.
    std::string dnsServerHost;
    unsigned short dnsServerPort = 53;
    std::chrono::seconds accessTokenTtl{15 * 60};
    std::chrono::seconds refreshTokenTtl{30 * 24 * 3600};
    int loginFailuresPerAccount = 5;  ///< per 15 minutes
    int loginFailuresPerAddress = 50; ///< per 15 minutes
    int maxConcurrentHashes = 0;      ///< argon2id at once; 0: twice the cores
    int signUpsPerAddress = 10;       ///< self sign-ups per client address and hour
    int signUpsPerHour = 500;         ///< self sign-ups per hour, all addresses together
    /// The share of its tenant's hourly API limit one signed-in member may use (0 < share <= 1).
    double userRateShare = 0.5;
    /// Calls per hour each tenant admin may make to the user-management routes, apart from the
    /// tenant's limit, so that an exhausted tenant limit never locks its admins out.
    long adminRecoveryRateLimit = 600;
    long operatorRateLimit = 6000; ///< AIH_OPERATOR_RATE_LIMIT: each operator's calls per hour
    /// Peers whose X-Forwarded-For is believed (CIDR blocks, e.g. the load balancer's).
    std::vector<util::AddressBlock> trustedProxies;

    std::string stripeSecretKey;
    std::string stripeWebhookSecret;
    std::string stripeApiBase = "https://api.stripe.com";
    std::map<std::string, std::string> stripePriceIds; ///< tier -> price id
    /// Per attempt of a Stripe call: connect, send and receive each.
    std::chrono::milliseconds stripeTimeout{10'000};
    /// How long a past-due subscription keeps its tier before the tenant drops to free.
    std::chrono::seconds billingGracePeriod{7 * 24 * 3600};

    /// SMTP_URL, parsed; unset: mail is written to the log instead of sent.
    std::optional<mail::SmtpSettings> smtp;
    std::string mailFrom; ///< MAIL_FROM; default no-reply@ the base domain
    /// The branded portal's origin in mailed links; `{slug}` becomes the tenant's slug.
    std::string portalUrl;
    std::chrono::milliseconds mailPollInterval{1000};
    std::chrono::seconds mailFirstRetry{30}; ///< doubled after each failed send, up to an hour
    int invitationsPerHour = 60;             ///< per inviter, resends included

    /// AIH_PUBLIC_URL: the origin clients and identity providers reach this API at (the SSO
    /// callback is registered there); empty: http:// the listening address.
    std::string publicUrl;
    /// Non-public networks single sign-on may still reach (a provider on the company network,
    /// a test provider on loopback); plain http is spoken only to these.
    std::vector<util::AddressBlock> ssoAllowedNetworks;
    /// An identity provider's keys are fetched again for an unknown key id at most this often.
    std::chrono::seconds ssoKeyRefreshInterval{60};

    /// Non-public networks outbound webhooks may still reach (AIH_WEBHOOK_ALLOWED_NETWORKS);
    /// plain http is spoken only to these.
    std::vector<util::AddressBlock> webhookAllowedNetworks;
    std::chrono::milliseconds webhookTimeout{10'000};    ///< AIH_WEBHOOK_TIMEOUT_MS, per step
    std::chrono::seconds webhookFirstRetry{30};          ///< AIH_WEBHOOK_RETRY_SECONDS, then doubled
    std::chrono::seconds webhookRetryFor{3 * 24 * 3600}; ///< AIH_WEBHOOK_RETRY_FOR_SECONDS
    /// AIH_WEBHOOK_DISABLE_AFTER_SECONDS: an endpoint failing without a break this long is disabled.
    std::chrono::seconds webhookDisableAfter{3 * 24 * 3600};
    int webhookDisableAfterFailures = 10; ///< AIH_WEBHOOK_DISABLE_AFTER_FAILURES: and this many in a row
    int webhookWorkers = 4;               ///< AIH_WEBHOOK_WORKERS (beside the other int: no padding)

    std::chrono::milliseconds keySweepInterval{60'000}; ///< AIH_KEY_SWEEP_MS
    /// How often closed tenants past their grace are looked for (AIH_TENANT_DELETION_SWEEP_MS).
    std::chrono::milliseconds tenantDeletionSweepInterval{600'000};
    /// How long a deleted tenant's archive is kept for handing over (AIH_TENANT_ARCHIVE_KEEP_DAYS).
    int tenantArchiveKeepDays = 30;
    /// AIH_KEY_GRACE_IDLE_SECONDS: a rotated key's old secret unused this long stops early.
    std::chrono::seconds keyGraceIdle{24 * 3600};
};

/// Thrown with a message meant for the operator; aihd prints it and exits non-zero.
struct ConfigError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

using Environment = std::map<std::string, std::string>;

Environment processEnvironment();
/// Parses flags over environment values; throws ConfigError naming the setting at fault.
Config loadConfig(const std::vector<std::string>& args, const Environment& env);
std::string usage();

} // namespace aih::config
