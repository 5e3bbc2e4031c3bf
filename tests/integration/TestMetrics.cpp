// SPDX-License-Identifier: Apache-2.0
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "MetricsScrape.h"
#include "Wait.h"

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <QJsonDocument>
#include <QtTest>
#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <string_view>

using namespace aih::test;

namespace {

QString requests(const QString& method, const QString& route, int status)
{
    return "aih_http_requests_total{method=\"" + method + "\",route=\"" + route + "\",status=\"" +
           QString::number(status) + "\"}";
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Billing configured, so a badly signed webhook is refused (400) rather than unavailable.
        live = std::make_unique<LiveServer>(std::map<QString, QString>{
            {"STRIPE_SECRET_KEY", "sk_test_metrics"}, {"STRIPE_WEBHOOK_SECRET", "whsec_metrics"}});
        tenant = createTenant(client(), "metrics-co", "basic");
        const auto created = createApiKey(client(), tenant.accessToken, {{"name", "reader"}});
        key = created.key;
        keyId = created.id;
    }

    void accessLogLinesCarryWhoWhatAndHowLong()
    {
        QCOMPARE(client()
                     .get("/api/gurus/spiritual",
                          {{"X-API-Key", key.toStdString()}, {"X-Request-ID", "access-log-check-1"}})
                     .status,
                 200);
        QJsonObject line;
        QVERIFY(waitUntil([&] {
            for (const auto& text : live->server->log().split('\n')) {
                if (text.contains("\"access-log-check-1\"")) {
                    line = QJsonDocument::fromJson(text.toUtf8()).object();
                    return true;
                }
            }
            return false;
        }));
        QCOMPARE(line["kind"].toString(), QString("access"));
        QCOMPARE(line["request_id"].toString(), QString("access-log-check-1"));
        QCOMPARE(line["route"].toString(), QString("/api/gurus/{kind}"));
        QCOMPARE(line["path"].toString(), QString("/api/gurus/spiritual"));
        QCOMPARE(line["status"].toInt(), 200);
        QVERIFY(line["duration_ms"].isDouble() && line["duration_ms"].toDouble() > 0.0);
        QCOMPARE(line["tenant"].toString(), tenant.id);
        QCOMPARE(line["actor"].toString(), "key:" + keyId);
    }

    void metricsAreForTheOperatorOnly()
    {
        QCOMPARE(client().get("/metrics").status, 401);
        QCOMPARE(client().get("/metrics", bearer(tenant.accessToken)).status, 403);
        QCOMPARE(client().get("/metrics", apiKey(key)).status, 403);
        const auto scraped = client().get("/metrics", operatorAuth());
        QCOMPARE(scraped.status, 200);
        QVERIFY(scraped.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        QVERIFY(scraped.body.contains("# TYPE aih_http_request_duration_seconds histogram\n"));
    }

    void requestCountsMoveByRoutePattern()
    {
        const auto before = scrape();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(client().get("/api/gurus/spiritual", apiKey(key)).status, 200);
        }
        QCOMPARE(client().get("/api/gurus/nosuchkind", apiKey(key)).status, 404);
        // Each request is counted just after its answer is written: wait for the last one.
        const auto notFound = requests("GET", "/api/gurus/{kind}", 404);
        QTRY_VERIFY_WITH_TIMEOUT(valueOf(scrape(), notFound) > valueOf(before, notFound), 5000);
        const auto after = scrape();
        const auto route = requests("GET", "/api/gurus/{kind}", 200);
        QCOMPARE(valueOf(after, route) - valueOf(before, route), 5.0);
        QCOMPARE(valueOf(after, requests("GET", "/api/gurus/{kind}", 404)) -
                     valueOf(before, requests("GET", "/api/gurus/{kind}", 404)),
                 1.0);
        // Admitted against the key's and the tenant's limit, each time.
        const auto admittedByKey = "aih_rate_limit_decisions_total{scope=\"key\",decision=\"admitted\"}";
        QVERIFY(valueOf(after, admittedByKey) - valueOf(before, admittedByKey) >= 6.0);
        // Verified keys come from the cache.
        const auto hits = "aih_api_key_cache_lookups_total{result=\"hit\"}";
        QVERIFY(valueOf(after, hits) - valueOf(before, hits) >= 5.0);
    }

    void rawPathsNeverBecomeLabels()
    {
        const auto before = scrape();
        QCOMPARE(client().get("/api/no-such-thing/123").status, 404);
        QCOMPARE(client().get("/api/no-such-thing/456").status, 404);
        const auto unmatched = requests("*", "unmatched", 404);
        // A request is counted just after its answer is written, so a scrape sent at once may
        // come a moment before the second one is.
        QTRY_COMPARE_WITH_TIMEOUT(valueOf(scrape(), unmatched) - valueOf(before, unmatched), 2.0, 5000);
        QVERIFY(!client().get("/metrics", operatorAuth()).body.contains("no-such-thing"));
    }

    void refusalsAreCountedByTheLimitHit()
    {
        const auto limited =
            createApiKey(client(), tenant.accessToken, {{"name", "tight"}, {"rate_limit", 2}}).key;
        const auto before = scrape();
        QCOMPARE(client().get("/api/meditations", apiKey(limited)).status, 200);
        QCOMPARE(client().get("/api/meditations", apiKey(limited)).status, 200);
        QCOMPARE(client().get("/api/meditations", apiKey(limited)).status, 429);
        const auto refused = "aih_rate_limit_decisions_total{scope=\"key\",decision=\"refused\"}";
        // The request counter moves just after the answer is written (see rawPathsNeverBecomeLabels).
        const auto tooMany = requests("GET", "/api/meditations", 429);
        QTRY_COMPARE_WITH_TIMEOUT(valueOf(scrape(), tooMany) - valueOf(before, tooMany), 1.0, 5000);
        QCOMPARE(valueOf(scrape(), refused) - valueOf(before, refused), 1.0);
    }

    void histogramsAreCumulativeAndMatchTheirCounts()
    {
        const auto samples = scrape();
        const QString bucket = "aih_http_request_duration_seconds_bucket{";
        std::map<QString, std::vector<std::pair<QString, double>>> series;
        for (const auto& [name, value] : samples) {
            if (name.startsWith(bucket)) {
                const auto le = name.lastIndexOf(",le=\"");
                series[name.mid(bucket.size(), le - bucket.size())].emplace_back(name.mid(le + 5).chopped(2),
                                                                                 value);
            }
        }
        QVERIFY(series.size() >= 4);
        for (const auto& [labels, buckets] : series) {
            // The scrape is a map sorted by text; order the buckets by their bound.
            auto sorted = buckets;
            std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
                return sampleNumber(a.first) < sampleNumber(b.first);
            });
            QCOMPARE(sorted.size(), std::size_t{15});
            for (std::size_t i = 1; i < sorted.size(); ++i) {
                QVERIFY2(sorted[i].second >= sorted[i - 1].second, qPrintable(labels));
            }
            QCOMPARE(sorted.back().first, QString("+Inf"));
            const auto count = valueOf(samples, "aih_http_request_duration_seconds_count{" + labels + "}");
            QCOMPARE(sorted.back().second, count);
            QCOMPARE(valueOf(samples, "aih_http_requests_total{" + labels + "}"), count);
            QVERIFY(samples.count("aih_http_request_duration_seconds_sum{" + labels + "}"));
        }
    }

    void reportsPoolRedisAndBackgroundWork()
    {
        const auto samples = scrape();
        QVERIFY(valueOf(samples, "aih_db_pool_size") >= 1.0);
        QVERIFY(samples.count("aih_db_pool_connections{state=\"idle\"}"));
        QVERIFY(samples.count("aih_db_pool_waits_total"));
        // No REDIS_URL here: limits are local, and exactly one state is current.
        QCOMPARE(valueOf(samples, "aih_redis_state{state=\"local\"}"), 1.0);
        QCOMPARE(valueOf(samples, "aih_redis_state{state=\"ok\"}"), 0.0);
        QVERIFY(samples.count("aih_billing_webhook_events_total{outcome=\"rejected\"}"));
        QVERIFY(samples.count("aih_usage_flush_batches_total{result=\"ok\"}"));
        QVERIFY(samples.count("aih_audit_batch_writes_total{result=\"ok\"}"));
    }

    void connectionsAreCounted()
    {
        const auto before = scrape();
        {
            // A connection that sends no HTTP at all: admitted, answered 400, closed.
            Poco::Net::StreamSocket garbage(Poco::Net::SocketAddress("127.0.0.1", client().port()));
            garbage.setReceiveTimeout(Poco::Timespan(10, 0));
            const std::string junk = "\x16\x03\x01 not http\r\n\r\n";
            garbage.sendBytes(junk.data(), static_cast<int>(junk.size()));
            char answer[16] = {};
            QVERIFY(garbage.receiveBytes(answer, sizeof answer) > 0);
            QVERIFY(std::string_view(answer, 12) == "HTTP/1.1 400");
        }
        // Counted once the server has finished with the connection, which may be a moment after
        // the client closed it.
        QVERIFY(waitUntil([&] {
            return valueOf(scrape(), "aih_http_malformed_requests_total") -
                       valueOf(before, "aih_http_malformed_requests_total") ==
                   1.0;
        }));
        const auto after = scrape();
        const auto admitted = "aih_http_connections_total{outcome=\"admitted\"}";
        QVERIFY(valueOf(after, admitted) - valueOf(before, admitted) >= 1.0);
        QVERIFY(valueOf(after, "aih_http_connections_open") >= 1.0); // the scrape's own
        QVERIFY(valueOf(after, "aih_http_workers") >= 4.0);
        QVERIFY(after.count("aih_http_connections_total{outcome=\"shed\"}"));
        QVERIFY(after.count("aih_http_connections_total{outcome=\"idle_closed\"}"));
    }

    void webhookRejectionsAreCounted()
    {
        const auto before = scrape();
        const QByteArray body = R"({"id":"evt_1","type":"invoice.paid"})";
        QCOMPARE(client()
                     .request("POST", "/api/billing/webhook", body, {{"Stripe-Signature", "t=1,v1=00"}})
                     .status,
                 400);
        const auto after = scrape();
        const auto rejected = "aih_billing_webhook_events_total{outcome=\"rejected\"}";
        QCOMPARE(valueOf(after, rejected) - valueOf(before, rejected), 1.0);
    }

private:
    const HttpClient& client() const { return *live->client; }
    Scrape scrape() const
    {
        const auto response = client().get("/metrics", operatorAuth());
        if (response.status != 200) {
            qFatal("scrape failed: %d", response.status);
        }
        return parseScrape(response.body);
    }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    QString key;
    QString keyId;
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
