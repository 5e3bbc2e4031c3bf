// SPDX-License-Identifier: Apache-2.0
#include "config/Config.h"

#include "aih/Validation.h"
#include "redis/Endpoint.h"

#include <Poco/Net/IPAddress.h>
#include <Poco/URI.h>
#include <algorithm>
#include <charconv>
#include <set>
#include <thread>
#include <unistd.h> // environ

namespace aih::config {
namespace {

logging::Level parseLogLevel(const std::string& text)
{
    static const std::map<std::string, logging::Level> levels{{"debug", logging::Level::Debug},
                                                              {"info", logging::Level::Info},
                                                              {"warning", logging::Level::Warning},
                                                              {"error", logging::Level::Error}};
    const auto found = levels.find(text);
    if (found == levels.end()) {
        throw ConfigError("AIH_LOG_LEVEL must be debug, info, warning or error");
    }
    return found->second;
}

std::optional<std::string> lookup(const Environment& env, const std::string& name)
{
    const auto it = env.find(name);
    if (it == env.end() || it->second.empty()) {
        return std::nullopt;
    }
    return it->second;
}

template <typename Number>
Number parseNumber(const std::string& text, const std::string& name, Number low, Number high)
{
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) {
        throw ConfigError(name + " must be a number from " + std::to_string(low) + " to " +
                          std::to_string(high) + ", got '" + text + "'");
    }
    return value;
}

/// A fraction in (0, 1], e.g. `0.5`.
double parseShare(const std::string& text, const std::string& name)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !(value > 0.0 && value <= 1.0)) {
        throw ConfigError(name + " must be a fraction above 0 and at most 1 (e.g. 0.5), got '" + text + "'");
    }
    return value;
}

void parseListen(Config& config, const std::string& value, const std::string& name)
{
    const auto colon = value.rfind(':');
    if (colon == std::string::npos) {
        throw ConfigError(name + " takes HOST:PORT, got '" + value + "'");
    }
    config.listenHost = value.substr(0, colon);
    if (!config.listenHost.empty() && config.listenHost.front() == '[') {
        if (config.listenHost.size() < 3 || config.listenHost.back() != ']') {
            throw ConfigError(name + " takes HOST:PORT or [IPV6]:PORT, got '" + value + "'");
        }
        config.listenHost = config.listenHost.substr(1, config.listenHost.size() - 2);
    }
    config.listenPort = parseNumber<unsigned short>(value.substr(colon + 1), name + " port", 0, 65535);
}

// A secret we would sign tokens with must not be guessable: long, and not a repetitive
// pattern (placeholders pasted from examples are caught by the length already).
bool isWeakSecret(const std::string& secret)
{
    std::set<char> distinct(secret.begin(), secret.end());
    return secret.size() < 32 || distinct.size() < 10;
}

void parseDnsServer(Config& config, const std::string& text)
{
    const auto colon = text.find(':');
    Poco::Net::IPAddress address;
    if (!Poco::Net::IPAddress::tryParse(text.substr(0, colon), address) ||
        address.family() != Poco::Net::IPAddress::IPv4) {
        throw ConfigError(
            "AIH_DNS_SERVER must be an IPv4 address with an optional port, e.g. 127.0.0.1:5353");
    }
    config.dnsServerHost = address.toString();
    if (colon != std::string::npos) {
        config.dnsServerPort =
            parseNumber<unsigned short>(text.substr(colon + 1), "AIH_DNS_SERVER port", 1, 65535);
    }
}

void validateRedis(const Config& config)
{
    if (config.redisUrl && (!config.redisSentinels.empty() || !config.redisMasterName.empty())) {
        throw ConfigError("set REDIS_URL or REDIS_SENTINELS with REDIS_MASTER_NAME, not both");
    }
    if (config.redisSentinels.empty() != config.redisMasterName.empty()) {
        throw ConfigError("REDIS_SENTINELS and REDIS_MASTER_NAME go together");
    }
    try {
        if (config.redisUrl) {
            redis::parseRedisUrl(*config.redisUrl);
        }
        if (!config.redisSentinels.empty()) {
            redis::parseSentinels(config.redisSentinels);
        }
    } catch (const std::exception& error) {
        throw ConfigError(error.what());
    }
}

void readMail(Config& config, const Environment& env)
{
    if (auto url = lookup(env, "SMTP_URL")) {
        std::string why;
        config.smtp = mail::parseSmtpUrl(*url, why);
        if (!config.smtp) {
            throw ConfigError("SMTP_URL " + why + " (smtp://user:password@host:587 or smtps://host:465)");
        }
    }
    if (auto from = lookup(env, "MAIL_FROM")) {
        if (!isValidEmail(*from)) {
            throw ConfigError("MAIL_FROM must be a plain address, such as no-reply@example.com");
        }
        config.mailFrom = *from;
    } else {
        // A base domain without a dot (the default, localhost) makes no address; .localhost is
        // reserved for exactly such local names (RFC 6761).
        config.mailFrom = "no-reply@" + config.baseDomain;
        if (!isValidEmail(config.mailFrom)) {
            config.mailFrom = "no-reply@aih.localhost";
        }
    }
    config.portalUrl = lookup(env, "AIH_PORTAL_URL").value_or("https://{slug}." + config.baseDomain);
    if (config.portalUrl.find("{slug}") == std::string::npos ||
        (config.portalUrl.rfind("https://", 0) != 0 && config.portalUrl.rfind("http://", 0) != 0)) {
        throw ConfigError("AIH_PORTAL_URL must be an http(s) origin with {slug} in it, "
                          "such as https://{slug}.aih.example");
    }
    if (auto poll = lookup(env, "AIH_MAIL_POLL_MS")) {
        config.mailPollInterval =
            std::chrono::milliseconds(parseNumber<long>(*poll, "AIH_MAIL_POLL_MS", 50, 60'000));
    }
    if (auto invitations = lookup(env, "AIH_INVITATIONS_PER_HOUR")) {
        config.invitationsPerHour = parseNumber<int>(*invitations, "AIH_INVITATIONS_PER_HOUR", 1, 1'000'000);
    }
    if (auto retry = lookup(env, "AIH_MAIL_RETRY_SECONDS")) {
        config.mailFirstRetry =
            std::chrono::seconds(parseNumber<long>(*retry, "AIH_MAIL_RETRY_SECONDS", 1, 3600));
    }
}

void readSingleSignOn(Config& config, const Environment& env)
{
    if (auto publicUrl = lookup(env, "AIH_PUBLIC_URL")) {
        config.publicUrl = *publicUrl;
        while (!config.publicUrl.empty() && config.publicUrl.back() == '/') {
            config.publicUrl.pop_back();
        }
        if (config.publicUrl.rfind("https://", 0) != 0 && config.publicUrl.rfind("http://", 0) != 0) {
            throw ConfigError("AIH_PUBLIC_URL must be an http(s) origin, such as https://api.aih.example");
        }
    }
    if (auto networks = lookup(env, "AIH_SSO_ALLOWED_NETWORKS")) {
        try {
            config.ssoAllowedNetworks = util::parseAddressBlocks(*networks);
        } catch (const std::invalid_argument& error) {
            throw ConfigError(std::string("AIH_SSO_ALLOWED_NETWORKS: ") + error.what());
        }
    }
    if (auto refresh = lookup(env, "AIH_SSO_KEY_REFRESH_SECONDS")) {
        config.ssoKeyRefreshInterval =
            std::chrono::seconds(parseNumber<long>(*refresh, "AIH_SSO_KEY_REFRESH_SECONDS", 0, 3600));
    }
}

void readWebhooks(Config& config, const Environment& env)
{
    if (auto networks = lookup(env, "AIH_WEBHOOK_ALLOWED_NETWORKS")) {
        try {
            config.webhookAllowedNetworks = util::parseAddressBlocks(*networks);
        } catch (const std::invalid_argument& error) {
            throw ConfigError(std::string("AIH_WEBHOOK_ALLOWED_NETWORKS: ") + error.what());
        }
    }
    if (auto workers = lookup(env, "AIH_WEBHOOK_WORKERS")) {
        config.webhookWorkers = parseNumber<int>(*workers, "AIH_WEBHOOK_WORKERS", 1, 64);
    }
    if (auto timeout = lookup(env, "AIH_WEBHOOK_TIMEOUT_MS")) {
        config.webhookTimeout =
            std::chrono::milliseconds(parseNumber<long>(*timeout, "AIH_WEBHOOK_TIMEOUT_MS", 100, 60'000));
    }
    if (auto retry = lookup(env, "AIH_WEBHOOK_RETRY_SECONDS")) {
        config.webhookFirstRetry =
            std::chrono::seconds(parseNumber<long>(*retry, "AIH_WEBHOOK_RETRY_SECONDS", 1, 3600));
    }
    if (auto retryFor = lookup(env, "AIH_WEBHOOK_RETRY_FOR_SECONDS")) {
        config.webhookRetryFor = std::chrono::seconds(
            parseNumber<long>(*retryFor, "AIH_WEBHOOK_RETRY_FOR_SECONDS", 1, 30L * 24 * 3600));
    }
    if (auto disableAfter = lookup(env, "AIH_WEBHOOK_DISABLE_AFTER_SECONDS")) {
        config.webhookDisableAfter = std::chrono::seconds(
            parseNumber<long>(*disableAfter, "AIH_WEBHOOK_DISABLE_AFTER_SECONDS", 1, 30L * 24 * 3600));
    }
    if (auto sweep = lookup(env, "AIH_KEY_SWEEP_MS")) {
        config.keySweepInterval =
            std::chrono::milliseconds(parseNumber<long>(*sweep, "AIH_KEY_SWEEP_MS", 100, 3'600'000));
    }
    if (auto sweep = lookup(env, "AIH_TENANT_DELETION_SWEEP_MS")) {
        config.tenantDeletionSweepInterval = std::chrono::milliseconds(
            parseNumber<long>(*sweep, "AIH_TENANT_DELETION_SWEEP_MS", 100, 86'400'000));
    }
    if (auto keep = lookup(env, "AIH_TENANT_ARCHIVE_KEEP_DAYS")) {
        config.tenantArchiveKeepDays = parseNumber<int>(*keep, "AIH_TENANT_ARCHIVE_KEEP_DAYS", 0, 3650);
    }
    if (auto idle = lookup(env, "AIH_KEY_GRACE_IDLE_SECONDS")) {
        config.keyGraceIdle =
            std::chrono::seconds(parseNumber<long>(*idle, "AIH_KEY_GRACE_IDLE_SECONDS", 1, 7L * 24 * 3600));
    }
    if (auto failures = lookup(env, "AIH_WEBHOOK_DISABLE_AFTER_FAILURES")) {
        config.webhookDisableAfterFailures =
            parseNumber<int>(*failures, "AIH_WEBHOOK_DISABLE_AFTER_FAILURES", 1, 1000);
    }
}

void readEnvironment(Config& config, const Environment& env)
{
    config.databaseUrl = lookup(env, "DATABASE_URL");
    config.migrationDatabaseUrl = lookup(env, "AIH_MIGRATION_DATABASE_URL");
    if (config.migrationDatabaseUrl && !config.databaseUrl) {
        throw ConfigError("AIH_MIGRATION_DATABASE_URL needs DATABASE_URL, the pool's own login");
    }
    config.redisUrl = lookup(env, "REDIS_URL");
    config.redisSentinels = lookup(env, "REDIS_SENTINELS").value_or("");
    config.redisMasterName = lookup(env, "REDIS_MASTER_NAME").value_or("");
    config.secretKey = lookup(env, "SECRET_KEY").value_or("");
    config.operatorToken = lookup(env, "AIH_OPERATOR_TOKEN").value_or("");
    config.baseDomain = lookup(env, "AIH_BASE_DOMAIN").value_or(config.baseDomain);
    if (auto dns = lookup(env, "AIH_DNS_SERVER")) {
        parseDnsServer(config, *dns);
    }
    if (auto dir = lookup(env, "AIH_PG_BINDIR")) {
        config.postgresBinDir = *dir;
    }
    if (auto format = lookup(env, "AIH_LOG_FORMAT")) {
        if (*format != "json" && *format != "text") {
            throw ConfigError("AIH_LOG_FORMAT must be json or text");
        }
        config.logFormat = *format == "json" ? logging::Format::Json : logging::Format::Text;
    }
    if (auto level = lookup(env, "AIH_LOG_LEVEL")) {
        config.logLevel = parseLogLevel(*level);
    }
    if (auto dir = lookup(env, "AIH_DATA_DIR")) {
        config.dataDir = *dir;
    }
    if (auto pool = lookup(env, "AIH_DB_POOL_SIZE")) {
        config.dbPoolSize = parseNumber<std::size_t>(*pool, "AIH_DB_POOL_SIZE", 1, 512);
    }
    if (auto listen = lookup(env, "AIH_LISTEN")) {
        parseListen(config, *listen, "AIH_LISTEN");
    }
    if (auto connections = lookup(env, "AIH_MAX_CONNECTIONS")) {
        config.maxConnections = parseNumber<int>(*connections, "AIH_MAX_CONNECTIONS", 1, 20000);
    }
    if (auto threads = lookup(env, "AIH_THREADS")) {
        config.threads = parseNumber<int>(*threads, "AIH_THREADS", 1, 1024);
    }
    if (auto queued = lookup(env, "AIH_MAX_QUEUED")) {
        config.maxQueuedConnections = parseNumber<int>(*queued, "AIH_MAX_QUEUED", 1, 100000);
    }
    if (auto keepAlive = lookup(env, "AIH_KEEP_ALIVE_SECONDS")) {
        config.keepAliveTimeout =
            std::chrono::seconds(parseNumber<long>(*keepAlive, "AIH_KEEP_ALIVE_SECONDS", 1, 3600));
    }
    if (auto head = lookup(env, "AIH_REQUEST_TIMEOUT_SECONDS")) {
        config.requestHeadTimeout =
            std::chrono::seconds(parseNumber<long>(*head, "AIH_REQUEST_TIMEOUT_SECONDS", 1, 3600));
    }
    if (auto body = lookup(env, "AIH_BODY_TIMEOUT_SECONDS")) {
        config.requestBodyTimeout =
            std::chrono::seconds(parseNumber<long>(*body, "AIH_BODY_TIMEOUT_SECONDS", 1, 3600));
    }
    if (auto perAddress = lookup(env, "AIH_MAX_CONNECTIONS_PER_ADDRESS")) {
        config.maxConnectionsPerAddress =
            parseNumber<int>(*perAddress, "AIH_MAX_CONNECTIONS_PER_ADDRESS", 1, 100000);
    }
    if (auto body = lookup(env, "AIH_MAX_BODY_BYTES")) {
        config.maxBodyBytes =
            parseNumber<std::size_t>(*body, "AIH_MAX_BODY_BYTES", 1024, std::size_t{64} * 1024 * 1024);
    }
    if (auto flush = lookup(env, "AIH_USAGE_FLUSH_MS")) {
        config.usageFlushInterval =
            std::chrono::milliseconds(parseNumber<long>(*flush, "AIH_USAGE_FLUSH_MS", 50, 3'600'000));
    }
    if (auto flush = lookup(env, "AIH_AUDIT_FLUSH_MS")) {
        config.auditFlushInterval =
            std::chrono::milliseconds(parseNumber<long>(*flush, "AIH_AUDIT_FLUSH_MS", 50, 600'000));
    }
    if (auto cap = lookup(env, "AIH_AUDIT_DENIALS_PER_WINDOW")) {
        config.auditDenialsPerWindow =
            parseNumber<std::size_t>(*cap, "AIH_AUDIT_DENIALS_PER_WINDOW", 1, 100'000);
    }
    if (auto window = lookup(env, "AIH_AUDIT_DENIAL_WINDOW_SECONDS")) {
        config.auditDenialWindow = std::chrono::seconds(
            parseNumber<long>(*window, "AIH_AUDIT_DENIAL_WINDOW_SECONDS", 1, 24L * 3600));
    }
    if (auto interval = lookup(env, "AIH_AUDIT_CHECKPOINT_SECONDS")) {
        config.auditCheckpointInterval = std::chrono::seconds(
            parseNumber<long>(*interval, "AIH_AUDIT_CHECKPOINT_SECONDS", 1, 7L * 24 * 3600));
    }
    if (auto limit = lookup(env, "AIH_MAX_CONCURRENT_EXPORTS")) {
        config.maxConcurrentExports = parseNumber<int>(*limit, "AIH_MAX_CONCURRENT_EXPORTS", 1, 1024);
    }
    if (auto limit = lookup(env, "AIH_MAX_EXPORTS_PER_TENANT")) {
        config.maxExportsPerTenant = parseNumber<int>(*limit, "AIH_MAX_EXPORTS_PER_TENANT", 1, 1024);
    }
    if (auto deadline = lookup(env, "AIH_EXPORT_DEADLINE_SECONDS")) {
        config.exportDeadline =
            std::chrono::seconds(parseNumber<long>(*deadline, "AIH_EXPORT_DEADLINE_SECONDS", 1, 24L * 3600));
    }
    if (auto stall = lookup(env, "AIH_EXPORT_STALL_SECONDS")) {
        config.exportStallTimeout =
            std::chrono::seconds(parseNumber<long>(*stall, "AIH_EXPORT_STALL_SECONDS", 1, 3600));
    }
    if (auto limit = lookup(env, "AIH_LOGIN_FAILURES_PER_ACCOUNT")) {
        config.loginFailuresPerAccount = parseNumber<int>(*limit, "AIH_LOGIN_FAILURES_PER_ACCOUNT", 1, 1000);
    }
    if (auto limit = lookup(env, "AIH_LOGIN_FAILURES_PER_ADDRESS")) {
        config.loginFailuresPerAddress =
            parseNumber<int>(*limit, "AIH_LOGIN_FAILURES_PER_ADDRESS", 1, 100000);
    }
    if (auto limit = lookup(env, "AIH_MAX_CONCURRENT_HASHES")) {
        config.maxConcurrentHashes = parseNumber<int>(*limit, "AIH_MAX_CONCURRENT_HASHES", 1, 1024);
    }
    if (auto limit = lookup(env, "AIH_SIGNUPS_PER_ADDRESS")) {
        config.signUpsPerAddress = parseNumber<int>(*limit, "AIH_SIGNUPS_PER_ADDRESS", 1, 100000);
    }
    if (auto limit = lookup(env, "AIH_SIGNUPS_PER_HOUR")) {
        config.signUpsPerHour = parseNumber<int>(*limit, "AIH_SIGNUPS_PER_HOUR", 1, 10'000'000);
    }
    if (auto share = lookup(env, "AIH_USER_RATE_SHARE")) {
        config.userRateShare = parseShare(*share, "AIH_USER_RATE_SHARE");
    }
    if (auto limit = lookup(env, "AIH_ADMIN_RECOVERY_RATE_LIMIT")) {
        config.adminRecoveryRateLimit =
            parseNumber<long>(*limit, "AIH_ADMIN_RECOVERY_RATE_LIMIT", 1, 1'000'000);
    }
    if (auto limit = lookup(env, "AIH_OPERATOR_RATE_LIMIT")) {
        config.operatorRateLimit = parseNumber<long>(*limit, "AIH_OPERATOR_RATE_LIMIT", 1, 10'000'000);
    }
    if (auto proxies = lookup(env, "AIH_TRUSTED_PROXIES")) {
        try {
            config.trustedProxies = util::parseAddressBlocks(*proxies);
        } catch (const std::invalid_argument& error) {
            throw ConfigError(std::string("AIH_TRUSTED_PROXIES: ") + error.what());
        }
    }
    config.stripeSecretKey = lookup(env, "STRIPE_SECRET_KEY").value_or("");
    config.stripeWebhookSecret = lookup(env, "STRIPE_WEBHOOK_SECRET").value_or("");
    config.stripeApiBase = lookup(env, "STRIPE_API_BASE").value_or(config.stripeApiBase);
    if (auto timeout = lookup(env, "STRIPE_TIMEOUT_MS")) {
        config.stripeTimeout =
            std::chrono::milliseconds(parseNumber<long>(*timeout, "STRIPE_TIMEOUT_MS", 100, 120'000));
    }
    if (auto grace = lookup(env, "AIH_BILLING_GRACE_SECONDS")) {
        config.billingGracePeriod =
            std::chrono::seconds(parseNumber<long>(*grace, "AIH_BILLING_GRACE_SECONDS", 1, 90L * 24 * 3600));
    }
    readMail(config, env);
    readSingleSignOn(config, env);
    readWebhooks(config, env);
    for (const auto* tier : {"basic", "pro", "enterprise"}) {
        std::string name = std::string("STRIPE_") + tier + "_PRICE_ID";
        for (auto& c : name) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        if (auto price = lookup(env, name)) {
            config.stripePriceIds[tier] = *price;
        }
    }
}

void readFlags(Config& config, const std::vector<std::string>& args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) {
                throw ConfigError(arg + " needs a value");
            }
            return args[++i];
        };
        if (arg == "--listen") {
            parseListen(config, value(), "--listen");
        } else if (arg == "--threads") {
            config.threads = parseNumber<int>(value(), "--threads", 1, 1024);
        } else if (arg == "--max-connections") {
            config.maxConnections = parseNumber<int>(value(), "--max-connections", 1, 20000);
        } else if (arg == "--max-queued") {
            config.maxQueuedConnections = parseNumber<int>(value(), "--max-queued", 1, 100000);
        } else if (arg == "--data-dir") {
            config.dataDir = value();
        } else if (arg == "--demo") {
            config.demo = true;
        } else if (arg == "--version" || arg == "version") {
            config.command = "version";
        } else if (arg == "migrate" || arg == "serve" || arg == "check-config") {
            config.command = arg;
        } else if (arg == "--help" || arg == "-h") {
            config.command = "help";
        } else {
            throw ConfigError("unknown argument '" + arg + "'\n" + usage());
        }
    }
}

} // namespace

Environment processEnvironment()
{
    Environment env;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string text(*entry);
        const auto eq = text.find('=');
        if (eq != std::string::npos) {
            env.emplace(text.substr(0, eq), text.substr(eq + 1));
        }
    }
    return env;
}

int defaultWorkerThreads()
{
    return std::max(4, 2 * static_cast<int>(std::thread::hardware_concurrency()));
}

Config loadConfig(const std::vector<std::string>& args, const Environment& env)
{
    Config config;
    // Asking for the version or usage must work whatever the environment holds.
    for (const auto& arg : args) {
        if (arg == "--version" || arg == "version" || arg == "--help" || arg == "-h") {
            config.command = arg == "--help" || arg == "-h" ? "help" : "version";
            return config;
        }
    }
    readEnvironment(config, env);
    readFlags(config, args);
    if (config.secretKey.empty() && !config.demo) {
        throw ConfigError("SECRET_KEY is not set. Generate one with `openssl rand -hex 32` "
                          "(or start with --demo for a throwaway local server).");
    }
    if (!config.secretKey.empty() && isWeakSecret(config.secretKey)) {
        throw ConfigError("SECRET_KEY is too weak: use at least 32 random characters "
                          "(`openssl rand -hex 32`).");
    }
    if (!config.operatorToken.empty() && config.operatorToken.size() < 32) {
        throw ConfigError("AIH_OPERATOR_TOKEN must be at least 32 characters.");
    }
    validateRedis(config);
    try {
        Poco::URI uri(config.stripeApiBase);
        if ((uri.getScheme() != "https" && uri.getScheme() != "http") || uri.getHost().empty()) {
            throw ConfigError("");
        }
    } catch (const std::exception&) {
        throw ConfigError("STRIPE_API_BASE must look like https://api.stripe.com");
    }
    if (config.dbPoolSize > static_cast<std::size_t>(config.maxConnections) * 2) {
        config.dbPoolSize = static_cast<std::size_t>(config.maxConnections) * 2;
    }
    return config;
}

std::string usage()
{
    return "usage: aihd [serve|migrate|check-config|--version] [--listen HOST:PORT] [--max-connections N]\n"
           "            [--threads N] [--max-queued N] [--data-dir DIR] [--demo]\n"
           "environment: DATABASE_URL, AIH_MIGRATION_DATABASE_URL, AIH_TRUSTED_PROXIES, REDIS_URL, "
           "REDIS_SENTINELS, REDIS_MASTER_NAME, "
           "SECRET_KEY, "
           "AIH_OPERATOR_TOKEN, AIH_BASE_DOMAIN, "
           "AIH_DNS_SERVER, AIH_PUBLIC_URL, AIH_SSO_ALLOWED_NETWORKS, AIH_SSO_KEY_REFRESH_SECONDS,\n"
           "             AIH_DATA_DIR, AIH_DB_POOL_SIZE, AIH_MAX_BODY_BYTES, "
           "AIH_LOGIN_FAILURES_PER_ACCOUNT,\n"
           "             AIH_LOGIN_FAILURES_PER_ADDRESS, AIH_USAGE_FLUSH_MS, AIH_BILLING_GRACE_SECONDS,\n"
           "             AIH_USER_RATE_SHARE, AIH_ADMIN_RECOVERY_RATE_LIMIT,\n"
           "             AIH_OPERATOR_RATE_LIMIT,\n"
           "             AIH_LISTEN, AIH_MAX_CONNECTIONS, AIH_THREADS, AIH_MAX_QUEUED, "
           "AIH_KEEP_ALIVE_SECONDS,\n"
           "             AIH_REQUEST_TIMEOUT_SECONDS, AIH_BODY_TIMEOUT_SECONDS, "
           "AIH_MAX_CONNECTIONS_PER_ADDRESS,\n"
           "             AIH_MAX_CONCURRENT_EXPORTS, AIH_MAX_EXPORTS_PER_TENANT, "
           "AIH_EXPORT_DEADLINE_SECONDS,\n"
           "             AIH_EXPORT_STALL_SECONDS, AIH_LOG_FORMAT, AIH_LOG_LEVEL, AIH_PG_BINDIR, STRIPE_*\n";
}

} // namespace aih::config
