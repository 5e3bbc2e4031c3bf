// SPDX-License-Identifier: Apache-2.0
// Monthly quotas beside the hourly limit, on two instances sharing a database: sixteen clients
// spread over both use up a tenant's quota at once; the 50, 80 and 100 % thresholds each reach the
// tenant's webhook receiver (signatures checked with Stripe's own library), its admins' mailbox
// (a real SMTP server) and its audit trail exactly once; calls past the quota get 429 `limit: monthly` on
// both instances, other tenants go on; GET /api/rate-limit/status shows the month beside the hour; the
// operator's override raises the quota at once everywhere, and only the operator may set it; the period
// follows the tenant's Stripe billing period while a subscription runs, else the UTC calendar month.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "FakeStripe.h"
#include "SmtpServerProcess.h"
#include "TwoInstances.h"
#include "Wait.h"
#include "WebhookReceiverProcess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace aih::test;

namespace {

std::string tenantPath(const QString& id)
{
    return "/api/enterprise/tenants/" + id.toStdString();
}

QString utc(const QDateTime& time)
{
    return time.toUTC().toString("yyyy-MM-ddTHH:mm:ssZ");
}

} // namespace

class TestMonthlyQuota : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!tools.installed() || !QFile::exists(QString(AIH_OPENAPI_TOOLS) + "/node_modules/stripe")) {
            QFAIL(qPrintable(tools.missingMessage()));
        }
        QVERIFY2(receiver.start(), qPrintable(receiver.log()));
        QVERIFY(smtp.start());
        auto env = smtp.serverEnvironment(stripe.environment());
        env["AIH_USAGE_FLUSH_MS"] = "100";
        env["AIH_WEBHOOK_ALLOWED_NETWORKS"] = "127.0.0.1/32";
        env["AIH_WEBHOOK_RETRY_SECONDS"] = "1";
        const auto failure = instances.start(env);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const auto& server : instances.servers) {
            clients.emplace_back(server->port());
        }
    }

    void onlyTheOperatorSetsTheQuota()
    {
        const auto tenant = createTenant(first(), "quota-rules", "basic");
        const auto shown = first().get(tenantPath(tenant.id), bearer(tenant.accessToken)).json();
        QCOMPARE(shown["monthly_quota"].toInt(), 1'000'000); // the basic plan's
        QVERIFY(shown["limit_overrides"].toObject()["monthly_quota"].isNull());
        QCOMPARE(
            first().patch(tenantPath(tenant.id), {{"monthly_quota", 10}}, bearer(tenant.accessToken)).status,
            403);
        for (const auto& bad :
             {QJsonValue(0), QJsonValue(-5), QJsonValue(2'000'000'000), QJsonValue("many")}) {
            const auto refused =
                first().patch(tenantPath(tenant.id), {{"monthly_quota", bad}}, operatorAuth());
            QVERIFY2(refused.status == 422 || refused.status == 400, refused.body.constData());
        }
        const auto plans = first().get("/api/billing/plans").json()["data"].toArray();
        QCOMPARE(plans[0].toObject()["monthly_call_quota"].toInt(), 100'000);
    }

    void thresholdsAreAnnouncedOnceUnderConcurrentLoadAndTheQuotaBites()
    {
        const auto tenant = createTenant(first(), "quota-co", "basic");
        const auto bystander = createTenant(first(), "quota-bystander", "basic");
        const auto created =
            first().post("/api/enterprise/webhooks",
                         {{"url", receiver.url("/quota")}, {"event_types", QJsonArray{"usage.threshold"}}},
                         bearer(tenant.accessToken));
        QCOMPARE(created.status, 201);
        QVERIFY(receiver.configure("/quota", {{created.json()["secret"].toString()}}));
        constexpr int quota = 1000;
        const auto set = first().patch(tenantPath(tenant.id), {{"monthly_quota", quota}}, operatorAuth());
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json()["monthly_quota"].toInt(), quota);
        QCOMPARE(set.json()["limit_overrides"].toObject()["monthly_quota"].toInt(), quota);
        const auto key = createApiKey(first(), tenant.accessToken, {{"name", "busy"}});
        const auto otherKey = createApiKey(first(), bystander.accessToken, {{"name", "calm"}});

        // Sixteen clients, eight on each instance, until each is refused for the month. A session
        // is not metered by the month: the admin reads the audit trail and status throughout.
        std::atomic<int> succeeded{0};
        std::atomic<int> refusedMonthly{0};
        std::atomic<int> unexpected{0};
        std::vector<std::thread> threads;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 16; ++i) {
            threads.emplace_back([&, port = instances.servers[static_cast<std::size_t>(i % 2)]->port()] {
                const HttpClient client(port);
                for (int call = 0; call < 2000; ++call) {
                    const auto response = client.get("/api/gurus", apiKey(key.key));
                    if (response.status == 200) {
                        ++succeeded;
                    } else if (response.status == 429 &&
                               response.json()["limit"].toString() == QString("monthly")) {
                        ++refusedMonthly;
                        return;
                    } else {
                        ++unexpected;
                        return;
                    }
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        const auto elapsedMs = std::max<qint64>(1, timer.elapsed());
        const auto overshoot = succeeded.load() - quota;
        const double callsPerSecond = 1000.0 * succeeded.load() / static_cast<double>(elapsedMs);
        qInfo(
            "monthly quota of %d: %d calls succeeded (%d over) in %lld ms (%.0f calls/s) from 16 clients on "
            "two instances flushing every 100 ms; %d refused for the month",
            quota, succeeded.load(), overshoot, static_cast<long long>(elapsedMs), callsPerSecond,
            refusedMonthly.load());
        QCOMPARE(unexpected.load(), 0);
        QCOMPARE(refusedMonthly.load(), 16);
        QVERIFY(succeeded >= quota);
        // An instance sees the other's calls at its next flush after the other's: the overshoot is
        // what the pair admits in about two flush intervals (0.2 s), plus the calls in flight.
        // Bounded by half a second at the measured rate, so a slow machine is judged by its pace.
        const auto bound = static_cast<int>(callsPerSecond * 0.5) + 32;
        QVERIFY2(overshoot <= bound,
                 qPrintable(QString("%1 calls over the quota, bound %2").arg(overshoot).arg(bound)));

        // Each threshold once, in order, however the flushes of two instances interleaved.
        const auto received = receiver.waitForDeliveries("/quota", 3);
        QThread::msleep(1500);
        const auto all = receiver.received("/quota");
        QCOMPARE(all.size(), 3);
        QList<int> thresholds;
        for (const auto& item : all) {
            const auto delivery = item.toObject();
            QCOMPARE(delivery["type"].toString(), QString("usage.threshold"));
            QCOMPARE(delivery["verified_with"].toArray(), QJsonArray({0}));
            thresholds << delivery["threshold"].toInt();
        }
        std::sort(thresholds.begin(), thresholds.end());
        QCOMPARE(thresholds, QList<int>({50, 80, 100}));
        QCOMPARE(auditEntries(first(), tenant.accessToken, "action=usage.threshold_crossed").size(), 3);
        // The admin is told by mail too, once per threshold.
        const auto mails = smtp.waitForMailTo(tenant.adminEmail, 3);
        QThread::msleep(500);
        QCOMPARE(smtp.waitForMailTo(tenant.adminEmail, 3).size(), std::size_t{3});
        QStringList subjects;
        for (const auto& mail : mails) {
            subjects << mail.subject;
        }
        subjects.sort();
        QCOMPARE(subjects, QStringList({"Tenant quota-co: 100 % of this month's API calls used",
                                        "Tenant quota-co: 50 % of this month's API calls used",
                                        "Tenant quota-co: 80 % of this month's API calls used"}));
        QVERIFY(mails[0].text.contains("of the 1,000 calls the plan includes"));

        // Refused on both instances with the wait until the period ends; the bystander goes on.
        const auto now = QDateTime::currentDateTimeUtc();
        const QDateTime monthStart(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0), Qt::UTC);
        for (auto* client : {&first(), &second()}) {
            const auto refused = client->get("/api/gurus", apiKey(key.key));
            QCOMPARE(refused.status, 429);
            QCOMPARE(refused.code(), QString("rate_limited"));
            QCOMPARE(refused.json()["limit"].toString(), QString("monthly"));
            QVERIFY(refused.header("Retry-After").toLongLong() > 0);
            QCOMPARE(client->get("/api/gurus", apiKey(otherKey.key)).status, 200);
        }
        // The key itself is refused now; the admin's session reads the tenant's figure.
        const auto status = [&] {
            return first()
                .get("/api/rate-limit/status", bearer(tenant.accessToken))
                .json()["monthly"]
                .toObject();
        };
        QVERIFY(waitUntil([&] { return status()["used"].toInt() >= succeeded.load(); }, 5000));
        const auto limited = first().get("/api/gurus", apiKey(key.key));
        QCOMPARE(limited.header("X-RateLimit-Limit"), QString::number(quota));
        QCOMPARE(limited.header("X-RateLimit-Remaining"), QString("0"));
        const auto monthly = status();
        QCOMPARE(monthly["limit"].toInt(), quota);
        QCOMPARE(monthly["remaining"].toInt(), 0);
        QCOMPARE(monthly["period_start"].toString(), utc(monthStart));
        QCOMPARE(monthly["period_end"].toString(), utc(monthStart.addMonths(1)));
        QCOMPARE(monthly["thresholds_notified"].toArray(), QJsonArray({50, 80, 100}));

        // A higher quota lets calls through at once everywhere, and announces nothing again.
        QCOMPARE(first().patch(tenantPath(tenant.id), {{"monthly_quota", 100'000}}, operatorAuth()).status,
                 200);
        QVERIFY(waitUntil([&] { return second().get("/api/gurus", apiKey(key.key)).status == 200; }, 3000));
        QCOMPARE(first().get("/api/gurus", apiKey(key.key)).status, 200);
        QThread::msleep(500);
        QCOMPARE(receiver.received("/quota").size(), 3);
        const auto cleared =
            first().patch(tenantPath(tenant.id), {{"monthly_quota", QJsonValue()}}, operatorAuth());
        QCOMPARE(cleared.json()["monthly_quota"].toInt(), 1'000'000);
        QCOMPARE(auditEntries(first(), tenant.accessToken, "action=tenant.limits_changed").size(), 3);
    }

    void theTenantsAdminsChooseTheThresholdsAndTheMail()
    {
        const auto tenant = createTenant(first(), "quota-alerts", "basic");
        const auto member = createUserAndLogin(first(), tenant, "mo@quota-alerts.example", "user");
        const auto alerts = std::string("/api/enterprise/quota-alerts");
        const auto shown = first().get(alerts, bearer(member.accessToken));
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json()["thresholds"].toArray(), QJsonArray({50, 80, 100}));
        QCOMPARE(shown.json()["mail"].toBool(), true);

        // Admins only, and only sensible lists.
        const QJsonObject wanted{{"thresholds", QJsonArray{100, 25}}, {"mail", false}};
        QCOMPARE(
            first().request("PUT", alerts, QJsonDocument(wanted).toJson(), bearer(member.accessToken)).status,
            403);
        for (const auto& bad :
             {QJsonValue(QJsonArray{}), QJsonValue(QJsonArray{0}), QJsonValue(QJsonArray{101}),
              QJsonValue(QJsonArray{50, 50}), QJsonValue(QJsonArray{10, 20, 30, 40, 50, 60}),
              QJsonValue(QJsonArray{"50"}), QJsonValue(QJsonArray{12.5}), QJsonValue(50), QJsonValue()}) {
            QJsonObject body{{"mail", true}};
            if (!bad.isNull()) {
                body["thresholds"] = bad;
            }
            const auto refused =
                first().request("PUT", alerts, QJsonDocument(body).toJson(), bearer(tenant.accessToken));
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.json()["errors"].toArray().at(0).toObject()["field"].toString(),
                     QString("thresholds"));
        }
        QCOMPARE(first()
                     .request("PUT", alerts,
                              QJsonDocument(QJsonObject{{"thresholds", QJsonArray{50}}}).toJson(),
                              bearer(tenant.accessToken))
                     .status,
                 422);

        // The webhook receiver hears of 25 % and nothing else; the admin gets no mail.
        const auto created =
            first().post("/api/enterprise/webhooks",
                         {{"url", receiver.url("/alerts")}, {"event_types", QJsonArray{"usage.threshold"}}},
                         bearer(tenant.accessToken));
        QCOMPARE(created.status, 201);
        QVERIFY(receiver.configure("/alerts", {{created.json()["secret"].toString()}}));
        QCOMPARE(first().patch(tenantPath(tenant.id), {{"monthly_quota", 100}}, operatorAuth()).status, 200);
        const auto saved =
            first().request("PUT", alerts, QJsonDocument(wanted).toJson(), bearer(tenant.accessToken));
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json()["thresholds"].toArray(), QJsonArray({25, 100}));
        QCOMPARE(saved.json()["mail"].toBool(), false);
        QCOMPARE(auditEntries(first(), tenant.accessToken, "action=quota_alerts.updated").size(), 1);
        const auto key = createApiKey(first(), tenant.accessToken, {{"name", "some"}});
        for (int call = 0; call < 30; ++call) {
            QCOMPARE(second().get("/api/gurus", apiKey(key.key)).status, 200);
        }
        const auto heard = receiver.waitForDeliveries("/alerts", 1);
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard[0].toObject()["threshold"].toInt(), 25);
        const auto monthly = [&] {
            return first()
                .get("/api/rate-limit/status", bearer(tenant.accessToken))
                .json()["monthly"]
                .toObject();
        };
        QVERIFY(
            waitUntil([&] { return monthly()["thresholds_notified"].toArray() == QJsonArray({25}); }, 5000));
        QCOMPARE(monthly()["thresholds"].toArray(), QJsonArray({25, 100}));

        // A threshold the period has already passed is announced when it is saved, by mail too now.
        const QJsonObject lower{{"thresholds", QJsonArray{20, 25, 100}}, {"mail", true}};
        QCOMPARE(
            first().request("PUT", alerts, QJsonDocument(lower).toJson(), bearer(tenant.accessToken)).status,
            200);
        const auto mails = smtp.waitForMailTo(tenant.adminEmail, 1);
        QCOMPARE(mails.size(), std::size_t{1});
        QCOMPARE(mails[0].subject, QString("Tenant quota-alerts: 20 % of this month's API calls used"));
        QCOMPARE(receiver.waitForDeliveries("/alerts", 2).size(), 2);
        QCOMPARE(monthly()["thresholds_notified"].toArray(), QJsonArray({20, 25}));
    }

    void thePeriodFollowsTheStripeBillingPeriod()
    {
        const auto tenant = createTenant(first(), "quota-billed", "free");
        const auto started = unixNow() - 100;
        subscribe(first(), stripe, tenant, "pro", started);
        const auto key = createApiKey(first(), tenant.accessToken, {{"name", "billed"}});
        QVERIFY(waitUntil([&] { return first().get("/api/gurus", apiKey(key.key)).status == 200; }, 3000));
        const auto monthly =
            first().get("/api/rate-limit/status", apiKey(key.key)).json()["monthly"].toObject();
        QCOMPARE(monthly["limit"].toInt(), 5'000'000); // the pro plan's
        QCOMPARE(monthly["period_start"].toString(), utc(QDateTime::fromSecsSinceEpoch(started)));
        QCOMPARE(monthly["period_end"].toString(),
                 utc(QDateTime::fromSecsSinceEpoch(started + 30 * 24 * 3600)));
        QCOMPARE(billingOf(first(), tenant)["current_period_start"].toString(),
                 utc(QDateTime::fromSecsSinceEpoch(started)));
    }

private:
    HttpClient& first() { return clients[0]; }
    HttpClient& second() { return clients[1]; }

    FakeStripe stripe;
    SmtpServerProcess smtp;
    OpenApiTools tools{AIH_OPENAPI_TOOLS};
    WebhookReceiverProcess receiver{tools};
    TwoInstances instances;
    std::vector<HttpClient> clients;
};

QTEST_GUILESS_MAIN(TestMonthlyQuota)
#include "TestMonthlyQuota.moc"
