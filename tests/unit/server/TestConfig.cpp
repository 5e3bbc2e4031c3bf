// SPDX-License-Identifier: Apache-2.0
#include "config/Config.h"

#include <QtTest/QtTest>
#include <algorithm>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using aih::config::Config;
using aih::config::ConfigError;
using aih::config::Environment;
using aih::config::loadConfig;

namespace {

// 64 hex characters, as `openssl rand -hex 32` would print.
const std::string goodKey = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const std::string goodOperatorToken = "op-7Jq2xV9mK4pL8wN3rT6yB1cF5hD0sZaE";

Environment withKey(Environment env = {})
{
    env["SECRET_KEY"] = goodKey;
    return env;
}

/// The ConfigError message `args` + `env` produce, or nothing if they load.
std::optional<QByteArray> refusal(const std::vector<std::string>& args, const Environment& env)
{
    try {
        (void)loadConfig(args, env);
    } catch (const ConfigError& error) {
        return QByteArray(error.what());
    }
    return std::nullopt;
}

std::vector<std::string> argsFrom(const QList<QByteArray>& list)
{
    std::vector<std::string> args;
    for (const auto& arg : list) {
        args.push_back(arg.toStdString());
    }
    return args;
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaultsNeedOnlyASecretKey();
    void missingSecretKeyIsRefused();
    void emptySecretKeyCountsAsMissing();
    void demoRunsWithoutASecretKey();
    void weakSecretKeysAreRefused_data();
    void weakSecretKeysAreRefused();
    void weakSecretKeyIsRefusedEvenInDemo();
    void thirtyTwoVariedCharactersAreEnough();
    void listenIsParsed_data();
    void listenIsParsed();
    void badListenValuesAreRefused_data();
    void badListenValuesAreRefused();
    void threadsMustBeWithinRange_data();
    void threadsMustBeWithinRange();
    void unknownArgumentsAreRefused_data();
    void unknownArgumentsAreRefused();
    void commandsAreRecognised_data();
    void commandsAreRecognised();
    void versionAndHelpNeedNoSecret();
    void stripePriceIdsMapToTiers();
    void billingDefaultsAndOverrides();
    void exportLimitsDefaultsAndOverrides();
    void stripeApiBaseMustBeAnHttpUrl_data();
    void stripeApiBaseMustBeAnHttpUrl();
    void shortOperatorTokenIsRefused();
    void mailIsConfiguredBySmtpUrlAndMailFrom();
    void environmentNumbersAreRangeChecked_data();
    void environmentNumbersAreRangeChecked();
    void poolIsCappedAtTwiceTheConnections();
    void environmentStringsAreRead();
    void redisSentinelsAreAnAlternativeToRedisUrl();
    void dnsServerIsAnIpv4AddressWithAnOptionalPort();
};

void TestConfig::defaultsNeedOnlyASecretKey()
{
    const auto config = loadConfig({}, withKey());
    QCOMPARE(QByteArray::fromStdString(config.command), QByteArray("serve"));
    QCOMPARE(QByteArray::fromStdString(config.listenHost), QByteArray("127.0.0.1"));
    QCOMPARE(config.listenPort, static_cast<unsigned short>(8080));
    QCOMPARE(config.threads, std::max(4, 2 * static_cast<int>(std::thread::hardware_concurrency())));
    QCOMPARE(config.maxConnections, 1024);
    QCOMPARE(config.keepAliveTimeout, std::chrono::seconds(10));
    QVERIFY(!config.demo);
    QVERIFY(!config.databaseUrl.has_value());
    QVERIFY(!config.redisUrl.has_value());
    QCOMPARE(QByteArray::fromStdString(config.secretKey), QByteArray::fromStdString(goodKey));
    QVERIFY(config.operatorToken.empty());
    QVERIFY(config.stripePriceIds.empty());
    QCOMPARE(config.userRateShare, 0.5);
    QCOMPARE(config.adminRecoveryRateLimit, 600L);
}

void TestConfig::missingSecretKeyIsRefused()
{
    const auto error = refusal({}, {});
    QVERIFY(error);
    QVERIFY2(error->contains("SECRET_KEY"), error->constData());
    QVERIFY(refusal({"serve"}, {{"DATABASE_URL", "postgresql://localhost/aih"}}));
    QVERIFY(refusal({"migrate"}, {}));
    QVERIFY(refusal({"check-config"}, {}));
}

void TestConfig::emptySecretKeyCountsAsMissing()
{
    const auto error = refusal({}, {{"SECRET_KEY", ""}});
    QVERIFY(error);
    QVERIFY(error->contains("not set"));
}

void TestConfig::demoRunsWithoutASecretKey()
{
    const auto config = loadConfig({"--demo"}, {});
    QVERIFY(config.demo);
    QVERIFY(config.secretKey.empty());
}

void TestConfig::weakSecretKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("short but varied") << QByteArray("0123456789abcdefghijklmnopqrstu"); // 31 chars
    QTest::newRow("40 times a") << QByteArray(40, 'a');
    QTest::newRow("nine distinct characters") << QByteArray("abcdefghi").repeated(8);
    QTest::newRow("placeholder your-secret-key") << QByteArray("your-secret-key");
    QTest::newRow("placeholder changeme") << QByteArray("changeme");
    QTest::newRow("placeholder secret") << QByteArray("secret");
}

void TestConfig::weakSecretKeysAreRefused()
{
    QFETCH(QByteArray, key);
    const auto error = refusal({}, {{"SECRET_KEY", key.toStdString()}});
    QVERIFY(error);
    QVERIFY2(error->contains("too weak"), error->constData());
}

void TestConfig::weakSecretKeyIsRefusedEvenInDemo()
{
    QVERIFY(refusal({"--demo"}, {{"SECRET_KEY", "changeme"}}));
}

void TestConfig::thirtyTwoVariedCharactersAreEnough()
{
    const std::string key = "0123456789012345678901234567890X"; // 32 chars, 11 distinct
    QCOMPARE(key.size(), std::size_t{32});
    QVERIFY(!refusal({}, {{"SECRET_KEY", key}}));
    const std::string tenDistinct = "01234567890123456789012345678901"; // 32 chars, 10 distinct
    QVERIFY(!refusal({}, {{"SECRET_KEY", tenDistinct}}));
    QVERIFY(!refusal({}, withKey()));
}

void TestConfig::listenIsParsed_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4 any") << QByteArray("0.0.0.0:8080") << QByteArray("0.0.0.0") << 8080;
    QTest::newRow("hostname") << QByteArray("localhost:1") << QByteArray("localhost") << 1;
    QTest::newRow("highest port") << QByteArray("127.0.0.1:65535") << QByteArray("127.0.0.1") << 65535;
    QTest::newRow("ipv6 loopback") << QByteArray("[::1]:9000") << QByteArray("::1") << 9000;
    QTest::newRow("ipv6 any") << QByteArray("[::]:443") << QByteArray("::") << 443;
}

void TestConfig::listenIsParsed()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, host);
    QFETCH(int, port);
    const auto config = loadConfig({"--listen", value.toStdString()}, withKey());
    QCOMPARE(QByteArray::fromStdString(config.listenHost), host);
    QCOMPARE(static_cast<int>(config.listenPort), port);
}

void TestConfig::badListenValuesAreRefused_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("port only") << QByteArray("8080");
    QTest::newRow("host only") << QByteArray("localhost");
    QTest::newRow("empty port") << QByteArray("localhost:");
    QTest::newRow("port too high") << QByteArray("localhost:65536");
    QTest::newRow("negative port") << QByteArray("localhost:-1");
    QTest::newRow("port with junk") << QByteArray("localhost:80x");
    QTest::newRow("port with space") << QByteArray("localhost: 80");
    QTest::newRow("named port") << QByteArray("localhost:http");
    QTest::newRow("ipv6 without port") << QByteArray("[::1]");
    QTest::newRow("unclosed ipv6 bracket") << QByteArray("[::1:9000");
}

void TestConfig::badListenValuesAreRefused()
{
    QFETCH(QByteArray, value);
    QVERIFY(refusal({"--listen", value.toStdString()}, withKey()));
}

void TestConfig::threadsMustBeWithinRange_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("64") << QByteArray("64") << true;
    QTest::newRow("1024") << QByteArray("1024") << true;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("1025") << QByteArray("1025") << false;
    QTest::newRow("negative") << QByteArray("-4") << false;
    QTest::newRow("word") << QByteArray("ten") << false;
    QTest::newRow("trailing junk") << QByteArray("8k") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("overflow") << QByteArray("99999999999999999999") << false;
}

void TestConfig::threadsMustBeWithinRange()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    const std::vector<std::string> args{"--threads", value.toStdString()};
    if (accepted) {
        QCOMPARE(loadConfig(args, withKey()).threads, value.toInt());
    } else {
        const auto error = refusal(args, withKey());
        QVERIFY(error);
        QVERIFY2(error->contains("--threads"), error->constData());
    }
}

void TestConfig::unknownArgumentsAreRefused_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::newRow("unknown flag") << QList<QByteArray>{"--frobnicate"};
    QTest::newRow("equals form") << QList<QByteArray>{"--listen=0.0.0.0:80"};
    QTest::newRow("unknown command") << QList<QByteArray>{"destroy"};
    QTest::newRow("stray value") << QList<QByteArray>{"--demo", "yes"};
    QTest::newRow("flag missing its value") << QList<QByteArray>{"--listen"};
    QTest::newRow("threads missing its value") << QList<QByteArray>{"--threads"};
    QTest::newRow("data dir missing its value") << QList<QByteArray>{"--data-dir"};
}

void TestConfig::unknownArgumentsAreRefused()
{
    QFETCH(QList<QByteArray>, args);
    QVERIFY(refusal(argsFrom(args), withKey()));
}

void TestConfig::commandsAreRecognised_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<QByteArray>("command");
    QTest::newRow("none") << QList<QByteArray>{} << QByteArray("serve");
    QTest::newRow("serve") << QList<QByteArray>{"serve"} << QByteArray("serve");
    QTest::newRow("migrate") << QList<QByteArray>{"migrate"} << QByteArray("migrate");
    QTest::newRow("check-config") << QList<QByteArray>{"check-config"} << QByteArray("check-config");
    QTest::newRow("flags around") << QList<QByteArray>{"--threads", "4", "migrate", "--data-dir", "/srv/aih"}
                                  << QByteArray("migrate");
}

void TestConfig::commandsAreRecognised()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(QByteArray, command);
    QCOMPARE(QByteArray::fromStdString(loadConfig(argsFrom(args), withKey()).command), command);
}

void TestConfig::versionAndHelpNeedNoSecret()
{
    QCOMPARE(QByteArray::fromStdString(loadConfig({"--version"}, {}).command), QByteArray("version"));
    QCOMPARE(QByteArray::fromStdString(loadConfig({"version"}, {}).command), QByteArray("version"));
    QCOMPARE(QByteArray::fromStdString(loadConfig({"--help"}, {}).command), QByteArray("help"));
    QCOMPARE(QByteArray::fromStdString(loadConfig({"-h"}, {}).command), QByteArray("help"));
    // Not even a weak one is judged.
    QVERIFY(!refusal({"--version"}, {{"SECRET_KEY", "changeme"}}));
}

void TestConfig::stripePriceIdsMapToTiers()
{
    auto env = withKey({{"STRIPE_BASIC_PRICE_ID", "price_basic_123"},
                        {"STRIPE_PRO_PRICE_ID", "price_pro_456"},
                        {"STRIPE_ENTERPRISE_PRICE_ID", "price_ent_789"},
                        {"STRIPE_FREE_PRICE_ID", "price_free_000"},
                        {"STRIPE_SECRET_KEY", "sk_test_abc"},
                        {"STRIPE_WEBHOOK_SECRET", "whsec_def"}});
    const auto config = loadConfig({}, env);
    QCOMPARE(config.stripePriceIds.size(), std::size_t{3});
    QCOMPARE(QByteArray::fromStdString(config.stripePriceIds.at("basic")), QByteArray("price_basic_123"));
    QCOMPARE(QByteArray::fromStdString(config.stripePriceIds.at("pro")), QByteArray("price_pro_456"));
    QCOMPARE(QByteArray::fromStdString(config.stripePriceIds.at("enterprise")), QByteArray("price_ent_789"));
    QVERIFY(!config.stripePriceIds.contains("free"));
    QCOMPARE(QByteArray::fromStdString(config.stripeSecretKey), QByteArray("sk_test_abc"));
    QCOMPARE(QByteArray::fromStdString(config.stripeWebhookSecret), QByteArray("whsec_def"));

    // Unset and empty variables leave the tier out.
    const auto partial =
        loadConfig({}, withKey({{"STRIPE_PRO_PRICE_ID", "price_pro_456"}, {"STRIPE_BASIC_PRICE_ID", ""}}));
    QCOMPARE(partial.stripePriceIds.size(), std::size_t{1});
    QVERIFY(partial.stripePriceIds.contains("pro"));
    // Lower-case variable names are not the documented ones.
    QVERIFY(loadConfig({}, withKey({{"stripe_pro_price_id", "x"}})).stripePriceIds.empty());
}

void TestConfig::billingDefaultsAndOverrides()
{
    const auto defaults = loadConfig({}, withKey());
    QCOMPARE(QByteArray::fromStdString(defaults.stripeApiBase), QByteArray("https://api.stripe.com"));
    QCOMPARE(defaults.stripeTimeout, std::chrono::milliseconds(10'000));
    QCOMPARE(defaults.billingGracePeriod, std::chrono::seconds(7 * 24 * 3600));
    const auto set = loadConfig({}, withKey({{"STRIPE_API_BASE", "http://127.0.0.1:12111"},
                                             {"STRIPE_TIMEOUT_MS", "2500"},
                                             {"AIH_BILLING_GRACE_SECONDS", "86400"}}));
    QCOMPARE(QByteArray::fromStdString(set.stripeApiBase), QByteArray("http://127.0.0.1:12111"));
    QCOMPARE(set.stripeTimeout, std::chrono::milliseconds(2500));
    QCOMPARE(set.billingGracePeriod, std::chrono::seconds(86400));
}

void TestConfig::exportLimitsDefaultsAndOverrides()
{
    const auto defaults = loadConfig({}, withKey());
    QCOMPARE(defaults.maxConcurrentExports, 4);
    QCOMPARE(defaults.maxExportsPerTenant, 2);
    QCOMPARE(defaults.exportDeadline, std::chrono::seconds(600));
    QCOMPARE(defaults.exportStallTimeout, std::chrono::seconds(30));
    const auto set = loadConfig({}, withKey({{"AIH_MAX_CONCURRENT_EXPORTS", "8"},
                                             {"AIH_MAX_EXPORTS_PER_TENANT", "3"},
                                             {"AIH_EXPORT_DEADLINE_SECONDS", "120"},
                                             {"AIH_EXPORT_STALL_SECONDS", "5"}}));
    QCOMPARE(set.maxConcurrentExports, 8);
    QCOMPARE(set.maxExportsPerTenant, 3);
    QCOMPARE(set.exportDeadline, std::chrono::seconds(120));
    QCOMPARE(set.exportStallTimeout, std::chrono::seconds(5));
}

void TestConfig::stripeApiBaseMustBeAnHttpUrl_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("no scheme") << QByteArray("api.stripe.com");
    QTest::newRow("ftp") << QByteArray("ftp://api.stripe.com");
    QTest::newRow("no host") << QByteArray("https://");
    QTest::newRow("garbage") << QByteArray("http://[::1");
}

void TestConfig::stripeApiBaseMustBeAnHttpUrl()
{
    QFETCH(QByteArray, value);
    const auto error = refusal({}, withKey({{"STRIPE_API_BASE", value.toStdString()}}));
    QVERIFY(error);
    QVERIFY2(error->contains("STRIPE_API_BASE"), error->constData());
}

void TestConfig::shortOperatorTokenIsRefused()
{
    const auto error = refusal({}, withKey({{"AIH_OPERATOR_TOKEN", std::string(31, 'x')}}));
    QVERIFY(error);
    QVERIFY2(error->contains("AIH_OPERATOR_TOKEN"), error->constData());

    const auto config = loadConfig({}, withKey({{"AIH_OPERATOR_TOKEN", goodOperatorToken}}));
    QCOMPARE(QByteArray::fromStdString(config.operatorToken), QByteArray::fromStdString(goodOperatorToken));
    QVERIFY(!refusal({}, withKey({{"AIH_OPERATOR_TOKEN", std::string(32, 'x')}})));
}

void TestConfig::mailIsConfiguredBySmtpUrlAndMailFrom()
{
    const auto defaults = loadConfig({}, withKey());
    QVERIFY(!defaults.smtp); // mail goes to the log
    QCOMPARE(QByteArray::fromStdString(defaults.mailFrom), QByteArray("no-reply@aih.localhost"));
    QCOMPARE(QByteArray::fromStdString(defaults.portalUrl), QByteArray("https://{slug}.localhost"));
    const auto set = loadConfig({}, withKey({{"SMTP_URL", "smtps://u:p@mail.example"},
                                             {"MAIL_FROM", "hello@acme.example"},
                                             {"AIH_BASE_DOMAIN", "aih.example"}}));
    QVERIFY(set.smtp && set.smtp->implicitTls);
    QCOMPARE(QByteArray::fromStdString(set.mailFrom), QByteArray("hello@acme.example"));
    QCOMPARE(QByteArray::fromStdString(set.portalUrl), QByteArray("https://{slug}.aih.example"));
    const auto derived = loadConfig({}, withKey({{"AIH_BASE_DOMAIN", "aih.example"}}));
    QCOMPARE(QByteArray::fromStdString(derived.mailFrom), QByteArray("no-reply@aih.example"));

    for (const auto& [name, value] :
         std::vector<std::pair<std::string, std::string>>{{"SMTP_URL", "http://mail.example"},
                                                          {"MAIL_FROM", "Acme <no-reply@acme.example>"},
                                                          {"MAIL_FROM", "x@y.example\r\nBcc: z@w.example"},
                                                          {"AIH_PORTAL_URL", "https://portal.example"},
                                                          {"AIH_PORTAL_URL", "ftp://{slug}.example"}}) {
        const auto error = refusal({}, withKey({{name, value}}));
        QVERIFY2(error && error->contains(QByteArray::fromStdString(name)), value.c_str());
    }
}

void TestConfig::environmentNumbersAreRangeChecked_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("pool 1") << QByteArray("AIH_DB_POOL_SIZE") << QByteArray("1") << true;
    QTest::newRow("pool 0") << QByteArray("AIH_DB_POOL_SIZE") << QByteArray("0") << false;
    QTest::newRow("pool 513") << QByteArray("AIH_DB_POOL_SIZE") << QByteArray("513") << false;
    QTest::newRow("connections 20000") << QByteArray("AIH_MAX_CONNECTIONS") << QByteArray("20000") << true;
    QTest::newRow("connections 0") << QByteArray("AIH_MAX_CONNECTIONS") << QByteArray("0") << false;
    QTest::newRow("connections 20001") << QByteArray("AIH_MAX_CONNECTIONS") << QByteArray("20001") << false;
    QTest::newRow("threads 1025") << QByteArray("AIH_THREADS") << QByteArray("1025") << false;
    QTest::newRow("queued 0") << QByteArray("AIH_MAX_QUEUED") << QByteArray("0") << false;
    QTest::newRow("keep-alive 0") << QByteArray("AIH_KEEP_ALIVE_SECONDS") << QByteArray("0") << false;
    QTest::newRow("keep-alive 1 h") << QByteArray("AIH_KEEP_ALIVE_SECONDS") << QByteArray("3600") << true;
    QTest::newRow("body 1024") << QByteArray("AIH_MAX_BODY_BYTES") << QByteArray("1024") << true;
    QTest::newRow("body 1023") << QByteArray("AIH_MAX_BODY_BYTES") << QByteArray("1023") << false;
    QTest::newRow("body 64MiB+1") << QByteArray("AIH_MAX_BODY_BYTES") << QByteArray("67108865") << false;
    QTest::newRow("body with unit") << QByteArray("AIH_MAX_BODY_BYTES") << QByteArray("1MB") << false;
    QTest::newRow("account failures 0")
        << QByteArray("AIH_LOGIN_FAILURES_PER_ACCOUNT") << QByteArray("0") << false;
    QTest::newRow("account failures 10")
        << QByteArray("AIH_LOGIN_FAILURES_PER_ACCOUNT") << QByteArray("10") << true;
    QTest::newRow("address failures 100001")
        << QByteArray("AIH_LOGIN_FAILURES_PER_ADDRESS") << QByteArray("100001") << false;
    QTest::newRow("exports 0") << QByteArray("AIH_MAX_CONCURRENT_EXPORTS") << QByteArray("0") << false;
    QTest::newRow("exports per tenant 0")
        << QByteArray("AIH_MAX_EXPORTS_PER_TENANT") << QByteArray("0") << false;
    QTest::newRow("export deadline 0")
        << QByteArray("AIH_EXPORT_DEADLINE_SECONDS") << QByteArray("0") << false;
    QTest::newRow("export stall 1") << QByteArray("AIH_EXPORT_STALL_SECONDS") << QByteArray("1") << true;
    QTest::newRow("export stall 3601")
        << QByteArray("AIH_EXPORT_STALL_SECONDS") << QByteArray("3601") << false;
    QTest::newRow("stripe timeout 100") << QByteArray("STRIPE_TIMEOUT_MS") << QByteArray("100") << true;
    QTest::newRow("stripe timeout 99") << QByteArray("STRIPE_TIMEOUT_MS") << QByteArray("99") << false;
    QTest::newRow("stripe timeout 121s") << QByteArray("STRIPE_TIMEOUT_MS") << QByteArray("121000") << false;
    QTest::newRow("grace 0") << QByteArray("AIH_BILLING_GRACE_SECONDS") << QByteArray("0") << false;
    QTest::newRow("grace 90 days") << QByteArray("AIH_BILLING_GRACE_SECONDS") << QByteArray("7776000")
                                   << true;
    QTest::newRow("grace 90 days + 1")
        << QByteArray("AIH_BILLING_GRACE_SECONDS") << QByteArray("7776001") << false;
    QTest::newRow("user share 1") << QByteArray("AIH_USER_RATE_SHARE") << QByteArray("1") << true;
    QTest::newRow("user share 0.25") << QByteArray("AIH_USER_RATE_SHARE") << QByteArray("0.25") << true;
    QTest::newRow("user share 0") << QByteArray("AIH_USER_RATE_SHARE") << QByteArray("0") << false;
    QTest::newRow("user share 1.5") << QByteArray("AIH_USER_RATE_SHARE") << QByteArray("1.5") << false;
    QTest::newRow("user share percent") << QByteArray("AIH_USER_RATE_SHARE") << QByteArray("50%") << false;
    QTest::newRow("user share nan") << QByteArray("AIH_USER_RATE_SHARE") << QByteArray("nan") << false;
    QTest::newRow("admin recovery 0")
        << QByteArray("AIH_ADMIN_RECOVERY_RATE_LIMIT") << QByteArray("0") << false;
    QTest::newRow("admin recovery 600")
        << QByteArray("AIH_ADMIN_RECOVERY_RATE_LIMIT") << QByteArray("600") << true;
}

void TestConfig::environmentNumbersAreRangeChecked()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    const auto error = refusal({}, withKey({{name.toStdString(), value.toStdString()}}));
    QCOMPARE(!error.has_value(), accepted);
    if (error) {
        QVERIFY2(error->contains(name), error->constData());
    }
}

void TestConfig::poolIsCappedAtTwiceTheConnections()
{
    const auto capped = loadConfig({"--max-connections", "4"}, withKey({{"AIH_DB_POOL_SIZE", "100"}}));
    QCOMPARE(capped.dbPoolSize, std::size_t{8});
    const auto uncapped = loadConfig({"--max-connections", "64"}, withKey({{"AIH_DB_POOL_SIZE", "100"}}));
    QCOMPARE(uncapped.dbPoolSize, std::size_t{100});
}

void TestConfig::environmentStringsAreRead()
{
    const auto config =
        loadConfig({"--data-dir", "/srv/flag"}, withKey({{"DATABASE_URL", "postgresql://db/aih"},
                                                         {"REDIS_URL", "redis://cache:6379"},
                                                         {"AIH_BASE_DOMAIN", "aih.example"},
                                                         {"AIH_DATA_DIR", "/srv/env"},
                                                         {"AIH_LOGIN_FAILURES_PER_ACCOUNT", "7"},
                                                         {"AIH_LISTEN", "0.0.0.0:9090"}}));
    QCOMPARE(QByteArray::fromStdString(config.listenHost), QByteArray("0.0.0.0"));
    QCOMPARE(config.listenPort, static_cast<unsigned short>(9090));
    QCOMPARE(loadConfig({"--listen", "127.0.0.1:1"}, withKey({{"AIH_LISTEN", "0.0.0.0:9090"}})).listenPort,
             static_cast<unsigned short>(1));
    QVERIFY(refusal({}, withKey({{"AIH_LISTEN", "9090"}}))->contains("AIH_LISTEN"));
    QCOMPARE(QByteArray::fromStdString(config.databaseUrl.value_or("")), QByteArray("postgresql://db/aih"));
    QCOMPARE(QByteArray::fromStdString(config.redisUrl.value_or("")), QByteArray("redis://cache:6379"));
    QCOMPARE(QByteArray::fromStdString(config.baseDomain), QByteArray("aih.example"));
    // Flags win over the environment.
    QCOMPARE(QByteArray::fromStdString(config.dataDir.string()), QByteArray("/srv/flag"));
    QCOMPARE(config.loginFailuresPerAccount, 7);
}

void TestConfig::redisSentinelsAreAnAlternativeToRedisUrl()
{
    const auto config = loadConfig(
        {}, withKey({{"REDIS_SENTINELS", "10.0.0.1:26379, 10.0.0.2:26379"}, {"REDIS_MASTER_NAME", "aih"}}));
    QCOMPARE(QByteArray::fromStdString(config.redisSentinels), QByteArray("10.0.0.1:26379, 10.0.0.2:26379"));
    QCOMPARE(QByteArray::fromStdString(config.redisMasterName), QByteArray("aih"));
    QVERIFY(!config.redisUrl);
    const auto both = refusal({}, withKey({{"REDIS_URL", "redis://cache:6379"},
                                           {"REDIS_SENTINELS", "10.0.0.1:26379"},
                                           {"REDIS_MASTER_NAME", "aih"}}));
    QVERIFY2(both && both->contains("not both"), both ? both->constData() : "accepted");
    const auto nameless = refusal({}, withKey({{"REDIS_SENTINELS", "10.0.0.1:26379"}}));
    QVERIFY2(nameless && nameless->contains("REDIS_MASTER_NAME"),
             nameless ? nameless->constData() : "accepted");
    const auto portless =
        refusal({}, withKey({{"REDIS_SENTINELS", "10.0.0.1"}, {"REDIS_MASTER_NAME", "aih"}}));
    QVERIFY2(portless && portless->contains("REDIS_SENTINELS"),
             portless ? portless->constData() : "accepted");
}

void TestConfig::dnsServerIsAnIpv4AddressWithAnOptionalPort()
{
    const auto config = loadConfig({}, withKey({{"AIH_DNS_SERVER", "127.0.0.1:5353"}}));
    QCOMPARE(QByteArray::fromStdString(config.dnsServerHost), QByteArray("127.0.0.1"));
    QCOMPARE(config.dnsServerPort, static_cast<unsigned short>(5353));
    QCOMPARE(loadConfig({}, withKey({{"AIH_DNS_SERVER", "10.0.0.53"}})).dnsServerPort,
             static_cast<unsigned short>(53));
    QVERIFY(loadConfig({}, withKey()).dnsServerHost.empty());
    for (const auto* bad : {"dns.example", "::1", "127.0.0.1:0", "127.0.0.1:99999", "127.0.0.1:x"}) {
        const auto error = refusal({}, withKey({{"AIH_DNS_SERVER", bad}}));
        QVERIFY2(error && error->contains("AIH_DNS_SERVER"), bad);
    }
}

QTEST_APPLESS_MAIN(TestConfig)
#include "TestConfig.moc"
