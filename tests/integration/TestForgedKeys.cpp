// SPDX-License-Identifier: Apache-2.0
// Keys of the right shape that prove nothing: a wrong checksum, an unknown public id, a real
// public id with a wrong secret. Each is refused cheaply, and what outsiders can make a tenant's
// audit trail take is capped.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "MetricsScrape.h"
#include "Wait.h"
#include "apikeys/ApiKeyFormat.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace aih::test;

namespace {

constexpr int denialCap = 3;

/// The value of one series in a /metrics scrape, 0 when absent.
double metric(const QByteArray& scrape, const QString& series)
{
    return valueOf(parseScrape(scrape), series);
}

/// The same key with its last checksum character changed.
QString withWrongChecksum(const QString& key)
{
    auto forged = key;
    forged[forged.size() - 1] = forged.back() == 'A' ? 'B' : 'A';
    return forged;
}

/// A well-formed key (checksum right) for `publicId` with a secret nobody was given.
QString withWrongSecret(const QString& publicId)
{
    return QString::fromStdString(aih::apikeys::regenerateSecret("live", publicId.toStdString()).text);
}

QString publicIdOf(const QString& key)
{
    return key.mid(9, 12);
}

} // namespace

class TestForgedKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>(
            std::map<QString, QString>{{"AIH_AUDIT_FLUSH_MS", "100"},
                                       {"AIH_AUDIT_DENIALS_PER_WINDOW", QString::number(denialCap)},
                                       {"AIH_AUDIT_DENIAL_WINDOW_SECONDS", "2"}});
        tenant = createTenant(client(), "forged-co", "basic");
        key = createApiKey(client(), tenant.accessToken, {{"name", "real"}});
        QCOMPARE(key.response.status, 201);
        QCOMPARE(client().get("/api/gurus/spiritual", apiKey(key.key)).status, 200);
    }

    void forgedKeysGetAProblemDocument_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("wrong checksum") << "checksum";
        QTest::newRow("unknown public id") << "unknown";
        QTest::newRow("wrong secret") << "secret";
    }

    void forgedKeysGetAProblemDocument()
    {
        QFETCH(QString, kind);
        const auto forged = kind == "checksum" ? withWrongChecksum(key.key)
                            : kind == "unknown"
                                ? QString::fromStdString(aih::apikeys::generateKey("live").text)
                                : withWrongSecret(publicIdOf(key.key));
        QVERIFY(forged.startsWith("aih_live_"));
        QCOMPARE(forged.size(), key.key.size());
        for (const auto& headers : {apiKey(forged), bearer(forged)}) {
            const auto response = client().get("/api/gurus/spiritual", headers);
            QCOMPARE(response.status, 401);
            QCOMPARE(response.header("Content-Type"), QString("application/problem+json"));
            QCOMPARE(response.code(), QString("unauthenticated"));
            QCOMPARE(response.json()["status"].toInt(), 401);
            QVERIFY(!response.body.contains(forged.toUtf8()));
        }
    }

    void wrongChecksumIsRefusedWithoutALookup()
    {
        const auto before = client().get("/metrics", operatorAuth()).body;
        const auto forged = withWrongChecksum(key.key);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(client().get("/api/gurus/spiritual", apiKey(forged)).status, 401);
        }
        const auto after = client().get("/metrics", operatorAuth()).body;
        for (const auto* result : {"hit", "miss"}) {
            const auto series = QString("aih_api_key_cache_lookups_total{result=\"%1\"}").arg(result);
            QCOMPARE(metric(after, series), metric(before, series));
        }
    }

    void unknownPublicIdIsLookedUpOnceNotPerRequest()
    {
        const auto unknown = QString::fromStdString(aih::apikeys::generateKey("live").text);
        const auto before = client().get("/metrics", operatorAuth()).body;
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(client().get("/api/gurus/spiritual", apiKey(unknown)).status, 401);
        }
        const auto after = client().get("/metrics", operatorAuth()).body;
        const auto delta = [&](const char* result) {
            const auto series = QString("aih_api_key_cache_lookups_total{result=\"%1\"}").arg(result);
            return metric(after, series) - metric(before, series);
        };
        // One database lookup; every other request is one cache hit (its refusal is audited
        // without looking the key up a second time).
        QCOMPARE(delta("miss"), 1.0);
        QCOMPARE(delta("hit"), 19.0);
    }

    void prefixMustMatchTheKeysMode()
    {
        // The right secret and a valid checksum, under the other mode's prefix.
        const auto parsed = aih::apikeys::parseKey(key.key.toStdString());
        QVERIFY(parsed && parsed->mode == "live");
        const auto asTest =
            QString::fromStdString(aih::apikeys::formatKey("test", parsed->publicId, parsed->secret));
        QCOMPARE(client().get("/api/gurus/spiritual", apiKey(asTest)).status, 401);
        QCOMPARE(client().get("/api/gurus/spiritual", apiKey(key.key)).status, 200);

        const auto testKey =
            createApiKey(client(), tenant.accessToken, {{"name", "sandbox"}, {"mode", "test"}});
        QVERIFY(testKey.key.startsWith("aih_test_"));
        QCOMPARE(client().get("/api/gurus/spiritual", apiKey(testKey.key)).status, 200);
        const auto testParsed = aih::apikeys::parseKey(testKey.key.toStdString());
        const auto asLive =
            QString::fromStdString(aih::apikeys::formatKey("live", testParsed->publicId, testParsed->secret));
        QCOMPARE(client().get("/api/gurus/spiritual", apiKey(asLive)).status, 401);
    }

    void routesOutsideAnyTenantLookNothingUp()
    {
        // Made-up tenant names (header and host) and well-formed keys nobody was given, sent to
        // routes that serve no tenant: answered as usual, without one lookup of any of them.
        const auto lookups = [](const QByteArray& metrics) {
            double total = 0;
            for (const auto* family : {"aih_api_key_cache_lookups_total", "aih_tenant_lookups_total"}) {
                for (const auto* result : {"hit", "miss"}) {
                    total += metric(metrics, QString("%1{result=\"%2\"}").arg(family, result));
                }
            }
            return total;
        };
        const auto before = client().get("/metrics", operatorAuth()).body;
        for (int i = 0; i < 20; ++i) {
            const auto made = aih::apikeys::generateKey("live").text;
            const auto name = "nobody-" + std::to_string(i);
            for (const auto* route : {"/healthz", "/readyz", "/api/openapi.json", "/api/billing/plans"}) {
                const auto answer = client().get(
                    route,
                    {{"X-Tenant-ID", name}, {"Host", name + ".elsewhere.example"}, {"X-API-Key", made}});
                QVERIFY2(answer.status == 200, route);
            }
            auto operatorWithTenant = operatorAuth();
            operatorWithTenant.emplace_back("X-Tenant-ID",
                                            QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
            QCOMPARE(client().get("/metrics", operatorWithTenant).status, 200);
            // An operator-only route refuses any key unread, as it would a valid one.
            QCOMPARE(client().get("/metrics", {{"X-API-Key", made}}).status, 403);
        }
        const auto after = client().get("/metrics", operatorAuth()).body;
        QCOMPARE(lookups(after), lookups(before));
    }

    void wrongSecretCostsOneLookupAndIsAuditedInItsTenant()
    {
        const auto victim = createTenant(client(), "forged-victim", "basic");
        const auto real = createApiKey(client(), victim.accessToken, {{"name", "victim"}});
        QCOMPARE(client().get("/api/gurus/spiritual", apiKey(real.key)).status, 200);
        const auto forged = withWrongSecret(publicIdOf(real.key));
        const auto before = client().get("/metrics", operatorAuth()).body;
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(client().get("/api/gurus/spiritual", apiKey(forged)).status, 401);
        }
        const auto after = client().get("/metrics", operatorAuth()).body;
        const auto hits = QString("aih_api_key_cache_lookups_total{result=\"hit\"}");
        QCOMPARE(metric(after, hits) - metric(before, hits), 10.0);
        QVERIFY(waitUntil([&] {
            long long refused = 0;
            for (const auto& entry : auditEntries(client(), victim.accessToken, "action=api_key.denied")) {
                const auto object = entry.toObject();
                if (object["actor"].toObject()["api_key_id"].toString() == real.id) {
                    refused += object["metadata"].toObject()["count"].toInteger();
                }
            }
            return refused == 10;
        }));
    }

    void floodOfWrongSecretsTakesACappedShareOfTheTrail()
    {
        const auto victim = createTenant(client(), "flooded-co", "basic");
        const auto real = createApiKey(client(), victim.accessToken, {{"name", "flooded"}});
        const auto forged = withWrongSecret(publicIdOf(real.key));
        // Each route is a group of its own: more groups than the cap lets through.
        const std::vector<std::string> routes{"/api/gurus",
                                              "/api/gurus/spiritual",
                                              "/api/meditations",
                                              "/api/rate-limit/status",
                                              "/api/enterprise/admin/users",
                                              "/api/enterprise/audit-logs",
                                              "/api/billing/subscription",
                                              "/api/enterprise/admin/analytics"};
        const auto before = client().get("/metrics", operatorAuth()).body;
        constexpr int each = 5;
        for (const auto& route : routes) {
            for (int i = 0; i < each; ++i) {
                QCOMPARE(client().get(route, apiKey(forged)).status, 401);
            }
        }
        const long long sent = static_cast<long long>(routes.size()) * each;

        long long entries = 0;
        long long inEntries = 0;
        long long summarised = 0;
        const auto tally = [&] {
            entries = inEntries = summarised = 0;
            for (const auto& entry : auditEntries(client(), victim.accessToken)) {
                const auto object = entry.toObject();
                const auto count = object["metadata"].toObject()["count"].toInteger();
                if (object["action"].toString() == "api_key.denied") {
                    ++entries;
                    inEntries += count;
                } else if (object["action"].toString() == "audit.denials_suppressed") {
                    summarised += count;
                }
            }
            return inEntries + summarised == sent;
        };
        // The summary follows the two-second window.
        QVERIFY2(waitUntil(tally, 15000), qPrintable(QString("%1 refusals in %2 entries, %3 summarised")
                                                         .arg(inEntries)
                                                         .arg(entries)
                                                         .arg(summarised)));
        QVERIFY(entries <= denialCap);
        QVERIFY(summarised > 0);
        const auto after = client().get("/metrics", operatorAuth()).body;
        const auto suppressed = QString("aih_audit_denials_total{result=\"suppressed\"}");
        QCOMPARE(metric(after, suppressed) - metric(before, suppressed), static_cast<double>(summarised));
    }

    void cleanupTestCase() { live.reset(); }

private:
    HttpClient& client() { return *live->client; }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    CreatedKey key;
};

QTEST_GUILESS_MAIN(TestForgedKeys)
#include "TestForgedKeys.moc"
