// SPDX-License-Identifier: Apache-2.0
// Outbound webhooks end to end, against a real receiver on loopback that checks every signature
// with Stripe's own library (npm stripe, constructEvent): endpoints are an admin's, validated and
// guarded against server-side request forgery; events of the tenant's changes arrive signed;
// 500s and timeouts are retried; a rotation signs with both secrets during its grace; a replay
// sends the same event again; nothing acknowledged is lost when aihd is killed, even mid-delivery;
// an endpoint failing for too long is switched off, and a failing one rests as a whole; a
// suspended tenant is told nothing until reactivated; an erased person's address leaves the events
// kept for replay; other tenants see none of it.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "FakeStripe.h"
#include "ServerProcess.h"
#include "SmtpServerProcess.h"
#include "TestDatabase.h"
#include "Wait.h"
#include "WebhookReceiverProcess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>
#include <QUrlQuery>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace aih::test;

namespace {

constexpr auto webhooks = "/api/enterprise/webhooks";

std::string pathOf(const QString& id, const char* tail = "")
{
    return std::string(webhooks) + "/" + id.toStdString() + tail;
}

/// The server's webhook settings for the test: loopback allowed as a target (the receiver lives
/// there, and nothing else of it), and short timeouts and retries so the drills take seconds.
std::map<QString, QString> webhookEnvironment(const std::string& databaseUrl, const FakeStripe& stripe,
                                              const SmtpServerProcess& smtp, bool allowLoopback = true)
{
    auto env = smtp.serverEnvironment(ServerProcess::defaultEnvironment(databaseUrl));
    env.merge(stripe.environment());
    if (allowLoopback) {
        env["AIH_WEBHOOK_ALLOWED_NETWORKS"] = "127.0.0.1/32";
    }
    env["AIH_WEBHOOK_TIMEOUT_MS"] = "1000";
    env["AIH_WEBHOOK_RETRY_SECONDS"] = "1";
    env["AIH_WEBHOOK_DISABLE_AFTER_SECONDS"] = "2";
    env["AIH_WEBHOOK_DISABLE_AFTER_FAILURES"] = "4"; // the retry drill fails three times
    // Keys are swept often, and an old secret loses its grace after 2 idle seconds.
    env["AIH_KEY_SWEEP_MS"] = "300";
    env["AIH_KEY_GRACE_IDLE_SECONDS"] = "2";
    return env;
}

QSet<QString> idsOf(const QJsonArray& received, const char* field)
{
    QSet<QString> ids;
    for (const auto& item : received) {
        ids.insert(item.toObject()[field].toString());
    }
    return ids;
}

} // namespace

class TestOutboundWebhooks : public QObject
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
        startServer();
        tenant = createTenant(client(), "hooks-main", "basic");
    }

    void endpointsAreAnAdminsAndValidated()
    {
        const auto freeTenant = createTenant(client(), "hooks-free");
        const auto refused =
            client().post(webhooks, endpointBody("/free", {"key.revoked"}), bearer(freeTenant.accessToken));
        QCOMPARE(refused.status, 402);
        QCOMPARE(refused.code(), QString("feature_not_in_plan"));

        const auto created = client().post(
            webhooks, endpointBody("/validated", {"key.revoked", "key.revoked"}), bearer(tenant.accessToken));
        QCOMPARE(created.status, 201);
        const auto endpoint = created.json();
        QCOMPARE(endpoint["object"].toString(), QString("webhook_endpoint"));
        QVERIFY(endpoint["secret"].toString().startsWith("whsec_"));
        QCOMPARE(endpoint["event_types"].toArray(), QJsonArray({"key.revoked"}));
        QCOMPARE(endpoint["enabled"].toBool(), true);
        const auto id = endpoint["id"].toString();

        // The secret is shown once: neither the list nor the endpoint shows it again.
        const auto listed = client().get(webhooks, bearer(tenant.accessToken));
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains("whsec_"));
        QVERIFY(!client().get(pathOf(id), bearer(tenant.accessToken)).body.contains("whsec_"));

        const auto patched =
            client().patch(pathOf(id), {{"description", "CRM sync"}, {"event_types", QJsonArray{"*"}}},
                           bearer(tenant.accessToken));
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()["description"].toString(), QString("CRM sync"));
        QCOMPARE(patched.json()["event_types"].toArray(), QJsonArray({"*"}));

        // Malformed bodies: problem answers, nothing stored.
        const auto unknownType =
            client().post(webhooks, endpointBody("/x", {"key.exploded"}), bearer(tenant.accessToken));
        QCOMPARE(unknownType.status, 422);
        QCOMPARE(unknownType.json()["errors"].toArray().at(0).toObject()["field"].toString(),
                 QString("event_types"));
        QCOMPARE(client()
                     .post(webhooks, {{"url", receiver.url("/x")}, {"event_types", QJsonArray{}}},
                           bearer(tenant.accessToken))
                     .status,
                 422);
        QCOMPARE(
            client().post(webhooks, {{"event_types", QJsonArray{"*"}}}, bearer(tenant.accessToken)).status,
            422);
        QCOMPARE(
            client()
                .post(webhooks,
                      {{"url", receiver.url("/x")}, {"event_types", QJsonArray{"*"}}, {"secret", "mine"}},
                      bearer(tenant.accessToken))
                .status,
            400);
        QCOMPARE(client()
                     .post(webhooks, {{"url", "ftp://example.com/x"}, {"event_types", QJsonArray{"*"}}},
                           bearer(tenant.accessToken))
                     .status,
                 422);

        // Server-side request forgery: private, link-local (cloud metadata), other loopback and
        // IPv6 loopback targets are refused; only 127.0.0.1 was allowed by the operator.
        for (const auto* url :
             {"http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data", "http://127.0.0.2:9/hook",
              "http://[::1]:9/hook", "http://192.168.1.1/hook", "https://100.64.0.1/hook",
              "http://[::ffff:127.0.0.2]/hook", "http://0.0.0.0/hook"}) {
            const auto ssrf = client().post(webhooks, {{"url", url}, {"event_types", QJsonArray{"*"}}},
                                            bearer(tenant.accessToken));
            QVERIFY2(ssrf.status == 422, url);
            QCOMPARE(ssrf.json()["errors"].toArray().at(0).toObject()["field"].toString(), QString("url"));
        }

        // Managers and users are not admins.
        const auto manager = createUserAndLogin(client(), tenant, "manager@hooks-main.example", "manager");
        const auto user = createUserAndLogin(client(), tenant, "user@hooks-main.example", "user");
        QCOMPARE(client().get(webhooks, bearer(manager.accessToken)).status, 403);
        QCOMPARE(client().post(webhooks, endpointBody("/m", {"*"}), bearer(manager.accessToken)).status, 403);
        QCOMPARE(client().del(pathOf(id), bearer(user.accessToken)).status, 403);

        QCOMPARE(client().del(pathOf(id), bearer(tenant.accessToken)).status, 204);
        QCOMPARE(client().get(pathOf(id), bearer(tenant.accessToken)).status, 404);
        QCOMPARE(auditEntries(client(), tenant.accessToken, "action=webhook.endpoint_created").size(), 1);
        QCOMPARE(auditEntries(client(), tenant.accessToken, "action=webhook.endpoint_deleted").size(), 1);
    }

    void theTenantsEventsArriveSignedAndStripeVerifiesThem()
    {
        const auto revokedOnly = createEndpoint("/revoked-only", {"key.revoked"});
        const auto everything = createEndpoint("/everything", {"*"});
        const auto invitesOnly = createEndpoint("/invites-only", {"user.invited"});

        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "to revoke"}});
        QCOMPARE(client()
                     .del("/api/enterprise/api-keys/" + key.id.toStdString(), bearer(tenant.accessToken))
                     .status,
                 204);
        const auto invited =
            client().post("/api/enterprise/admin/invitations", {{"email", "guest@hooks-main.example"}},
                          bearer(tenant.accessToken));
        QCOMPARE(invited.status, 201);

        const auto revoked = receiver.waitForDeliveries("/revoked-only", 1).at(0).toObject();
        QCOMPARE(revoked["type"].toString(), QString("key.revoked"));
        QCOMPARE(revoked["verified_with"].toArray(), QJsonArray({0}));
        QCOMPARE(revoked["object_id"].toString(), key.id);
        QCOMPARE(revoked["header_event_id"].toString(), revoked["event_id"].toString());
        QVERIFY(revoked["content_type"].toString().startsWith("application/json"));

        const auto all = receiver.waitForDeliveries("/everything", 2);
        QCOMPARE(all.size(), 2);
        QCOMPARE(QSet<QString>({all[0].toObject()["type"].toString(), all[1].toObject()["type"].toString()}),
                 QSet<QString>({"key.revoked", "user.invited"}));
        const auto invite = receiver.waitForDeliveries("/invites-only", 1).at(0).toObject();
        QCOMPARE(invite["type"].toString(), QString("user.invited"));
        QCOMPARE(invite["object_id"].toString(), invited.json()["id"].toString());
        // Revoking the revoked key again is no new event; subscriptions are respected.
        QCOMPARE(client()
                     .del("/api/enterprise/api-keys/" + key.id.toStdString(), bearer(tenant.accessToken))
                     .status,
                 204);
        QThread::msleep(1500);
        QCOMPARE(receiver.received("/revoked-only").size(), 1);
        QCOMPARE(receiver.received("/invites-only").size(), 1);

        // The delivery log: one success, with the receiver's answer.
        const auto log = client().get(pathOf(revokedOnly.id, "/deliveries"), bearer(tenant.accessToken));
        QCOMPARE(log.status, 200);
        const auto deliveries = log.json()["data"].toArray();
        QCOMPARE(deliveries.size(), 1);
        const auto delivery = deliveries[0].toObject();
        QCOMPARE(delivery["status"].toString(), QString("succeeded"));
        QCOMPARE(delivery["attempts"].toInt(), 1);
        QCOMPARE(delivery["response_status"].toInt(), 200);
        QCOMPARE(delivery["event_type"].toString(), QString("key.revoked"));
        QCOMPARE(delivery["event_id"].toString(), revoked["event_id"].toString());
        QCOMPARE(client()
                     .get(pathOf(everything.id, "/deliveries?status=succeeded&limit=1"),
                          bearer(tenant.accessToken))
                     .json()["data"]
                     .toArray()
                     .size(),
                 1);
        QVERIFY(!client()
                     .get(pathOf(everything.id, "/deliveries?limit=1"), bearer(tenant.accessToken))
                     .json()["next_cursor"]
                     .isNull());
        QCOMPARE(
            client().get(pathOf(everything.id, "/deliveries?status=lost"), bearer(tenant.accessToken)).status,
            422);
        removeEndpoints({revokedOnly, everything, invitesOnly});
    }

    void failuresAndTimeoutsAreRetriedUntilTheyArrive()
    {
        const auto endpoint = createEndpoint("/flaky", {"key.revoked"});
        // An answer slower than the 1 s timeout, two 500s, then success.
        QVERIFY(receiver.configure("/flaky", {{endpoint.secret}, 2, 500, 1, 3000}));
        revokeAKey();
        const auto received = receiver.waitForDeliveries("/flaky", 4, 40'000);
        QCOMPARE(received.size(), 4);
        QCOMPARE(idsOf(received, "event_id").size(), 1); // one event, four attempts
        QCOMPARE(received[3].toObject()["answered"].toInt(), 200);

        const auto delivery = waitForDeliveryStatus(endpoint.id, "succeeded");
        QCOMPARE(delivery["attempts"].toInt(), 4);
        QVERIFY(delivery["last_error"].isNull());
        removeEndpoints({endpoint});
    }

    void aReceiverThatNeverFinishesIsCutOff()
    {
        // A byte of body every 300 ms beats the 1 s per-read timeout for ever; the attempt as a
        // whole is cut off after three timeouts, and retried.
        const auto endpoint = createEndpoint("/dripping", {"key.revoked"});
        QVERIFY(receiver.configure("/dripping", {{endpoint.secret}, 0, 500, 0, 0, 1}));
        revokeAKey();
        QElapsedTimer timer;
        timer.start();
        const auto received = receiver.waitForDeliveries("/dripping", 2, 30'000);
        QVERIFY2(
            received.size() == 2,
            client().get(pathOf(endpoint.id, "/deliveries"), bearer(tenant.accessToken)).body.constData());
        QCOMPARE(received[1].toObject()["answered"].toInt(), 200);
        const auto delivery = waitForDeliveryStatus(endpoint.id, "succeeded");
        QCOMPARE(delivery["attempts"].toInt(), 2);
        qInfo("webhooks: a never-ending answer was cut off and the retry delivered after %lld ms",
              static_cast<long long>(timer.elapsed()));
        removeEndpoints({endpoint});
    }

    void aRotationSignsWithBothSecretsDuringItsGrace()
    {
        auto endpoint = createEndpoint("/rotating", {"key.revoked"});
        const auto rotated = client().post(pathOf(endpoint.id, "/rotate-secret"), {{"grace_seconds", 3600}},
                                           bearer(tenant.accessToken));
        QCOMPARE(rotated.status, 200);
        const auto fresh = rotated.json()["secret"].toString();
        QVERIFY(fresh.startsWith("whsec_") && fresh != endpoint.secret);
        QVERIFY(!rotated.json()["previous_secret_expires_at"].isNull());
        QVERIFY(receiver.configure("/rotating", {{endpoint.secret, fresh}}));
        revokeAKey();
        auto received = receiver.waitForDeliveries("/rotating", 1).at(0).toObject();
        QCOMPARE(received["signatures"].toInt(), 2);
        QCOMPARE(received["verified_with"].toArray(), QJsonArray({0, 1}));

        // Without grace the old secret stops at once.
        const auto hard =
            client().post(pathOf(endpoint.id, "/rotate-secret"), {}, bearer(tenant.accessToken));
        QCOMPARE(hard.status, 200);
        const auto newest = hard.json()["secret"].toString();
        QVERIFY(receiver.configure("/rotating", {{fresh, newest}}));
        revokeAKey();
        received = receiver.waitForDeliveries("/rotating", 2).at(1).toObject();
        QCOMPARE(received["signatures"].toInt(), 1);
        QCOMPARE(received["verified_with"].toArray(), QJsonArray({1}));
        QCOMPARE(client()
                     .post(pathOf(endpoint.id, "/rotate-secret"), {{"grace_seconds", 8 * 24 * 3600}},
                           bearer(tenant.accessToken))
                     .status,
                 422);
        QCOMPARE(auditEntries(client(), tenant.accessToken, "action=webhook.secret_rotated").size(), 2);
        removeEndpoints({endpoint});
    }

    void aReplaySendsTheSameEventAgainAndOnlyForItsTenant()
    {
        const auto endpoint = createEndpoint("/replayed", {"key.revoked"});
        revokeAKey();
        const auto first = receiver.waitForDeliveries("/replayed", 1).at(0).toObject();
        const auto delivery = waitForDeliveryStatus(endpoint.id, "succeeded");

        const auto other = createTenant(client(), "hooks-other", "basic");
        const auto deliveryPath =
            std::string(webhooks) + "/deliveries/" + delivery["id"].toString().toStdString() + "/replay";
        // Another tenant's admin: every one of this tenant's endpoints and deliveries is unknown.
        QCOMPARE(client().post(deliveryPath, {}, bearer(other.accessToken)).status, 404);
        QCOMPARE(client().get(pathOf(endpoint.id), bearer(other.accessToken)).status, 404);
        QCOMPARE(client().patch(pathOf(endpoint.id), {{"enabled", false}}, bearer(other.accessToken)).status,
                 404);
        QCOMPARE(client().del(pathOf(endpoint.id), bearer(other.accessToken)).status, 404);
        QCOMPARE(client().get(pathOf(endpoint.id, "/deliveries"), bearer(other.accessToken)).status, 404);
        QCOMPARE(client().post(pathOf(endpoint.id, "/rotate-secret"), {}, bearer(other.accessToken)).status,
                 404);
        QCOMPARE(client().get(webhooks, bearer(other.accessToken)).json()["data"].toArray().size(), 0);
        // Naming the other tenant with one's own token is refused too.
        auto named = bearer(other.accessToken);
        named.emplace_back("X-Tenant-ID", tenant.id.toStdString());
        QCOMPARE(client().get(pathOf(endpoint.id), named).status, 403);
        // The other tenant's events go to the other tenant's endpoints only.
        const auto otherKey = createApiKey(client(), other.accessToken, {{"name", "other"}});
        QCOMPARE(client()
                     .del("/api/enterprise/api-keys/" + otherKey.id.toStdString(), bearer(other.accessToken))
                     .status,
                 204);

        const auto replayed = client().post(deliveryPath, {}, bearer(tenant.accessToken));
        QCOMPARE(replayed.status, 202);
        QCOMPARE(replayed.json()["replay_of"].toString(), delivery["id"].toString());
        QCOMPARE(replayed.json()["status"].toString(), QString("pending"));
        const auto again = receiver.waitForDeliveries("/replayed", 2);
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[1].toObject()["event_id"].toString(), first["event_id"].toString());
        QCOMPARE(again[1].toObject()["verified_with"].toArray(), QJsonArray({0}));
        QCOMPARE(auditEntries(client(), tenant.accessToken, "action=webhook.delivery_replayed").size(), 1);

        // A disabled endpoint is not replayed to.
        QCOMPARE(client().patch(pathOf(endpoint.id), {{"enabled", false}}, bearer(tenant.accessToken)).status,
                 200);
        QCOMPARE(client().post(deliveryPath, {}, bearer(tenant.accessToken)).status, 409);
        QThread::msleep(1500);
        QCOMPARE(receiver.received("/replayed").size(), 2);
        removeEndpoints({endpoint});
    }

    void nothingAcknowledgedIsLostWhenTheServerIsKilled()
    {
        const auto endpoint = createEndpoint("/durable", {"key.revoked"});
        // The first delivery hangs past its timeout while the server is killed mid-attempt; the
        // receiver refuses the rest until the server is back.
        QVERIFY(receiver.configure("/durable", {{endpoint.secret}, 1000, 503, 1, 5000}));
        QStringList keys;
        for (int i = 0; i < 40; ++i) {
            keys << createApiKey(client(), tenant.accessToken, {{"name", QString("durable %1").arg(i)}}).id;
        }
        QSet<QString> acknowledged;
        std::atomic<bool> killed{false};
        std::thread revoker([&] {
            HttpClient own(server->port());
            for (const auto& id : keys) {
                try {
                    if (own.del("/api/enterprise/api-keys/" + id.toStdString(), bearer(tenant.accessToken))
                            .status == 204) {
                        acknowledged.insert(id);
                    }
                } catch (const std::exception&) {
                    break; // the server is gone: what was not acknowledged may or may not be done
                }
                if (killed) {
                    break;
                }
                QThread::msleep(50); // spread the writes, so the kill lands among them
            }
        });
        // Kill it hard while it is revoking, with the first delivery in flight.
        receiver.waitForDeliveries("/durable", 1, 10'000);
        QThread::msleep(200);
        server->process().kill();
        server->process().waitForFinished(5000);
        killed = true;
        revoker.join();
        QVERIFY2(acknowledged.size() >= 1, "no revoke was acknowledged before the kill");
        qInfo("webhooks: %lld revokes acknowledged before SIGKILL",
              static_cast<long long>(acknowledged.size()));

        QVERIFY(receiver.configure("/durable", {{endpoint.secret}}));
        startServer();
        // Every acknowledged change's event arrives, verified; the claimed one after its lease.
        QElapsedTimer timer;
        timer.start();
        QSet<QString> delivered;
        while (timer.elapsed() < 60'000) {
            delivered.clear();
            for (const auto& item : receiver.received("/durable")) {
                const auto record = item.toObject();
                if (record["answered"].toInt() == 200 &&
                    record["verified_with"].toArray() == QJsonArray({0})) {
                    delivered.insert(record["object_id"].toString());
                }
            }
            if (delivered.contains(acknowledged)) {
                break;
            }
            QThread::msleep(200);
        }
        QVERIFY2(
            delivered.contains(acknowledged),
            qPrintable(
                QString("delivered %1 of %2 acknowledged").arg(delivered.size()).arg(acknowledged.size())));
        qInfo("webhooks: %lld of %lld acknowledged events delivered after the restart",
              static_cast<long long>((delivered & acknowledged).size()),
              static_cast<long long>(acknowledged.size()));
        removeEndpoints({endpoint});
    }

    void aTargetNoLongerAllowedIsRefusedAtDelivery()
    {
        const auto endpoint = createEndpoint("/no-longer-allowed", {"key.revoked"});
        // The operator withdraws loopback: the saved URL is checked again when it is used.
        server->terminate();
        server = std::make_unique<ServerProcess>(webhookEnvironment(database.url(), stripe, smtp, false));
        QVERIFY2(server->start(), qPrintable(server->log()));
        client_ = std::make_unique<HttpClient>(server->port());
        revokeAKey();
        const auto delivery = waitForDeliveryStatus(endpoint.id, "failed");
        QCOMPARE(delivery["attempts"].toInt(), 1); // refused is final, not retried
        QVERIFY2(delivery["last_error"].toString().contains("may not connect"),
                 qPrintable(delivery["last_error"].toString()));
        QCOMPARE(receiver.received("/no-longer-allowed").size(), 0);
        server->terminate();
        startServer();
        removeEndpoints({endpoint});
    }

    void anEndpointFailingTooLongIsSwitchedOff()
    {
        const auto endpoint = createEndpoint("/broken", {"key.revoked"});
        QVERIFY(receiver.configure("/broken", {{endpoint.secret}, 1000, 500, 0, 0}));
        revokeAKey();
        // Failures at about 0, 1, 3 and 7 s: the fourth is well over 2 s into the streak.
        QElapsedTimer timer;
        timer.start();
        QJsonObject state;
        while (timer.elapsed() < 30'000) {
            state = client().get(pathOf(endpoint.id), bearer(tenant.accessToken)).json();
            if (!state["enabled"].toBool()) {
                break;
            }
            QThread::msleep(200);
        }
        QCOMPARE(state["enabled"].toBool(), false);
        QCOMPARE(state["disabled_reason"].toString(), QString("failing"));
        QVERIFY(state["consecutive_failures"].toInt() >= 4);
        QCOMPARE(auditEntries(client(), tenant.accessToken, "action=webhook.endpoint_disabled").size(), 1);
        const auto deliveries = static_cast<int>(receiver.received("/broken").size());
        // Nothing more is sent to it, and its pending delivery is given up.
        revokeAKey();
        QThread::msleep(2500);
        QCOMPARE(receiver.received("/broken").size(), deliveries);

        // Switched on again, it starts afresh.
        QVERIFY(receiver.configure("/broken", {{endpoint.secret}}));
        const auto enabled =
            client().patch(pathOf(endpoint.id), {{"enabled", true}}, bearer(tenant.accessToken));
        QCOMPARE(enabled.status, 200);
        QCOMPARE(enabled.json()["enabled"].toBool(), true);
        QCOMPARE(enabled.json()["consecutive_failures"].toInt(), 0);
        QVERIFY(enabled.json()["failing_since"].isNull());
        revokeAKey();
        QCOMPARE(receiver.waitForDeliveries("/broken", deliveries + 1).last().toObject()["answered"].toInt(),
                 200);
        removeEndpoints({endpoint});
    }

    void aKeyAnnouncesItsExpiryOncePerExpiry()
    {
        const auto endpoint = createEndpoint("/expiring", {"key.expiring"});
        const auto inDays = [](int days) {
            return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate);
        };
        const auto soon =
            createApiKey(client(), tenant.accessToken, {{"name", "soon"}, {"expires_at", inDays(3)}});
        const auto later =
            createApiKey(client(), tenant.accessToken, {{"name", "later"}, {"expires_at", inDays(30)}});
        QCOMPARE(soon.response.status, 201);
        const auto first = receiver.waitForDeliveries("/expiring", 1).at(0).toObject();
        QCOMPARE(first["type"].toString(), QString("key.expiring"));
        QCOMPARE(first["object_id"].toString(), soon.id);
        QCOMPARE(first["verified_with"].toArray(), QJsonArray({0}));
        QThread::msleep(1500); // several sweeps: still once
        QCOMPARE(receiver.received("/expiring").size(), 1);

        // Moving an expiry near announces it; moving the announced one announces it again.
        const auto laterDate = QDateTime::currentDateTimeUtc().addDays(5).toString("yyyy-MM-dd");
        QCOMPARE(client()
                     .patch("/api/enterprise/api-keys/" + later.id.toStdString(), {{"expires_at", inDays(5)}},
                            bearer(tenant.accessToken))
                     .status,
                 200);
        QCOMPARE(receiver.waitForDeliveries("/expiring", 2).at(1).toObject()["object_id"].toString(),
                 later.id);
        QCOMPARE(client()
                     .patch("/api/enterprise/api-keys/" + soon.id.toStdString(), {{"expires_at", inDays(2)}},
                            bearer(tenant.accessToken))
                     .status,
                 200);
        QCOMPARE(receiver.waitForDeliveries("/expiring", 3).at(2).toObject()["object_id"].toString(),
                 soon.id);
        QThread::msleep(1000);
        QCOMPARE(receiver.received("/expiring").size(), 3);
        removeEndpoints({endpoint});

        // Each announcement is mailed to the key's owner (here the admin), once.
        QCOMPARE(mailsAbout(tenant.adminEmail, "\"soon\" expires", 2).size(), 2u);
        const auto later5 = mailsAbout(tenant.adminEmail, "\"later\" expires on", 1);
        QCOMPARE(later5.size(), 1u);
        QVERIFY(later5[0].text.contains(later.response.json()["prefix"].toString()));
        QVERIFY(later5[0].subject.contains(laterDate));
    }

    void aKeysExpiryIsMailedToItsOwnerAlone()
    {
        // Any user may make keys and move their expiry: that must not mail the admins.
        const auto owner = createUserAndLogin(client(), tenant, "owner@hooks-main.example", "user");
        const auto key =
            createApiKey(client(), owner.accessToken,
                         {{"name", "owned"},
                          {"expires_at", QDateTime::currentDateTimeUtc().addDays(4).toString(Qt::ISODate)}});
        QCOMPARE(key.response.status, 201);
        const auto toOwner = mailsAbout("owner@hooks-main.example", "\"owned\" expires", 1);
        QCOMPARE(toOwner.size(), 1u);
        QVERIFY(toOwner[0].text.contains("as the key's owner at"));
        QVERIFY(toOwner[0].html.contains("owned"));
        QThread::msleep(1000); // several sweeps: still one, and none to the admin
        QCOMPARE(mailsAbout("owner@hooks-main.example", "\"owned\" expires", 1).size(), 1u);
        QCOMPARE(mailsAbout(tenant.adminEmail, "\"owned\" expires", 0).size(), 0u);
    }

    void anUnusedOldSecretLosesItsGraceEarly()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "rotated"}});
        const auto rotated = client().post("/api/enterprise/api-keys/" + key.id.toStdString() + "/rotate",
                                           {{"grace_seconds", 3600}}, bearer(tenant.accessToken));
        QCOMPARE(rotated.status, 200);
        const auto fresh = rotated.json()["key"].toString();
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 200); // within its grace
        // Unused for 2 s, the old secret stops on every instance; the new one goes on.
        QVERIFY(waitUntil([&] { return client().get("/api/gurus", apiKey(key.key)).status == 401; }, 15'000));
        QCOMPARE(client().get("/api/gurus", apiKey(fresh)).status, 200);
        const auto ended = auditEntries(client(), tenant.accessToken, "action=api_key.grace_ended");
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended[0].toObject()["actor"].toObject()["type"].toString(), QString("system"));
    }

    void aFailedPaymentIsPublishedOncePerStripeEvent()
    {
        const auto endpoint = createEndpoint("/payments", {"payment.failed"});
        const auto sub = subscribe(client(), stripe, tenant, "pro", unixNow() - 100);
        const auto failed = invoiceEvent("invoice.payment_failed", unixNow(), sub, 9900);
        QCOMPARE(outcomeOf(deliverEvent(client(), failed)), QString("applied"));
        QCOMPARE(outcomeOf(deliverEvent(client(), failed)), QString("duplicate")); // Stripe delivers again
        QCOMPARE(outcomeOf(deliverEvent(client(), invoiceEvent("invoice.paid", unixNow(), sub, 9900))),
                 QString("applied"));
        const auto received = receiver.waitForDeliveries("/payments", 1).at(0).toObject();
        QCOMPARE(received["type"].toString(), QString("payment.failed"));
        QCOMPARE(received["verified_with"].toArray(), QJsonArray({0}));
        QThread::msleep(1500);
        QCOMPARE(receiver.received("/payments").size(), 1);
        removeEndpoints({endpoint});
        const auto mailed = mailsAbout(tenant.adminEmail, "a payment failed", 1);
        QCOMPARE(mailed.size(), 1u); // Stripe's second delivery stopped as a duplicate before any of it
        QVERIFY2(mailed[0].text.contains("99.00 USD"), qPrintable(mailed[0].text));
    }

    void aBrokenAuditChainIsPublishedOncePerBreak()
    {
        const auto endpoint = createEndpoint("/audit", {"audit.chain_broken"});
        const auto verify = [&] {
            return client().get("/api/enterprise/audit-logs/verify", bearer(tenant.accessToken)).json();
        };
        QVERIFY(verify()["valid"].toBool());
        // Someone with the database owner's password edits an entry.
        pqxx::connection owner(database.url());
        pqxx::work tx(owner);
        tx.exec("SET LOCAL session_replication_role = replica");
        tx.exec("UPDATE audit_log SET success = NOT success WHERE tenant_id = " +
                tx.quote(tenant.id.toStdString()) + "::uuid AND seq = 2");
        tx.commit();
        QVERIFY(!verify()["valid"].toBool());
        QVERIFY(!verify()["valid"].toBool()); // found again: no second event
        const auto received = receiver.waitForDeliveries("/audit", 1).at(0).toObject();
        QCOMPARE(received["type"].toString(), QString("audit.chain_broken"));
        QCOMPARE(received["verified_with"].toArray(), QJsonArray({0}));
        QThread::msleep(1500);
        QCOMPARE(receiver.received("/audit").size(), 1);
        removeEndpoints({endpoint});
        const auto mailed = mailsAbout(tenant.adminEmail, "audit trail failed its verification", 1);
        QCOMPARE(mailed.size(), 1u); // verified twice, mailed once
        QVERIFY(mailed[0].text.contains("entry 2 "));
    }

    void aFailingEndpointRestsAsAWhole()
    {
        // A receiver that is down gets one probe per backoff step (1 s, then 2 s), not one
        // attempt per event: the events that come meanwhile wait, untried. It fails twice.
        const auto endpoint = createEndpoint("/resting", {"key.revoked"});
        QVERIFY(receiver.configure("/resting", {{endpoint.secret}, 2, 503, 0, 0}));
        revokeAKey();
        receiver.waitForDeliveries("/resting", 1);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i) {
            revokeAKey();
        }
        QThread::msleep(static_cast<unsigned long>(std::max<qint64>(0, 2500 - timer.elapsed())));
        const auto whileDown = receiver.received("/resting").size();
        QVERIFY2(whileDown <= 3, qPrintable(QString("%1 attempts in 2.5 s").arg(whileDown)));
        const auto untried =
            client()
                .get(pathOf(endpoint.id, "/deliveries?status=pending&limit=100"), bearer(tenant.accessToken))
                .json()["data"]
                .toArray();
        int neverTried = 0;
        for (const auto& delivery : untried) {
            neverTried += delivery.toObject()["attempts"].toInt() == 0 ? 1 : 0;
        }
        QVERIFY2(neverTried >= 3, qPrintable(QString("%1 deliveries never tried").arg(neverTried)));

        // Back up: the third probe succeeds and the rest follow at once, without their own waits.
        const auto all = receiver.waitForDeliveries("/resting", 8, 20'000);
        QCOMPARE(all.size(), 8);
        QCOMPARE(idsOf(all, "event_id").size(), 6);
        removeEndpoints({endpoint});
    }

    void aSuspendedTenantIsToldNothingUntilReactivated()
    {
        // A tenant of its own: suspending the shared one would stop the other drills.
        const auto suspended = createTenant(client(), "hooks-suspended", "basic");
        const auto created = client().post(webhooks, endpointBody("/suspended", {"payment.failed"}),
                                           bearer(suspended.accessToken));
        QCOMPARE(created.status, 201);
        QVERIFY(receiver.configure("/suspended", {{created.json()["secret"].toString()}}));
        const auto sub = subscribe(client(), stripe, suspended, "pro", unixNow() - 100);
        const auto setStatus = [&](const char* status) {
            return client()
                .patch("/api/enterprise/tenants/" + suspended.id.toStdString(), {{"status", status}},
                       operatorAuth())
                .status;
        };
        QCOMPARE(setStatus("suspended"), 200);
        // Stripe still reports on a suspended tenant; the event is kept, and not sent.
        QCOMPARE(
            outcomeOf(deliverEvent(client(), invoiceEvent("invoice.payment_failed", unixNow(), sub, 9900))),
            QString("applied"));
        QThread::msleep(2000);
        QCOMPARE(receiver.received("/suspended").size(), 0);
        QCOMPARE(setStatus("active"), 200);
        const auto received = receiver.waitForDeliveries("/suspended", 1).at(0).toObject();
        QCOMPARE(received["type"].toString(), QString("payment.failed"));
        QCOMPARE(received["verified_with"].toArray(), QJsonArray({0}));
    }

    void anErasedPersonLeavesTheKeptEvents()
    {
        const auto endpoint = createEndpoint("/erased", {"user.invited"});
        const QString address = "erase.me@hooks.example";
        const auto invited =
            client().post("/api/enterprise/admin/invitations", {{"email", address}, {"role", "user"}},
                          bearer(tenant.accessToken));
        QCOMPARE(invited.status, 201);
        const auto first = receiver.waitForDeliveries("/erased", 1).at(0).toObject();
        QCOMPARE(first["email"].toString(), address);
        const auto link = QUrl(firstLink(smtp.waitForMailTo(address).back()));
        const auto accepted = client().post("/api/auth/invitations/accept",
                                            {{"token", QUrlQuery(link.query()).queryItemValue("token")},
                                             {"password", "a passphrase of my own"}});
        QCOMPARE(accepted.status, 200);
        const auto userId = accepted.json()["user"].toObject()["id"].toString();

        QCOMPARE(client()
                     .post("/api/enterprise/gdpr/users/" + userId.toStdString() + "/erase", {},
                           bearer(tenant.accessToken))
                     .status,
                 200);
        // Sent again, the same event names the person by the stand-in the user row has now.
        const auto delivery = waitForDeliveryStatus(endpoint.id, "succeeded");
        QCOMPARE(client()
                     .post(std::string(webhooks) + "/deliveries/" + delivery["id"].toString().toStdString() +
                               "/replay",
                           {}, bearer(tenant.accessToken))
                     .status,
                 202);
        const auto again = receiver.waitForDeliveries("/erased", 2).at(1).toObject();
        QCOMPARE(again["event_id"].toString(), first["event_id"].toString());
        QCOMPARE(again["email"].toString(), "erased-" + userId + "@erased.invalid");
        QCOMPARE(again["verified_with"].toArray(), QJsonArray({0}));
        removeEndpoints({endpoint});
    }

    void cleanupTestCase()
    {
        if (server) {
            server->terminate();
        }
    }

private:
    struct Endpoint
    {
        QString id;
        QString secret;
    };

    QJsonObject endpointBody(const QString& path, const QStringList& types) const
    {
        return {{"url", receiver.url(path)}, {"event_types", QJsonArray::fromStringList(types)}};
    }

    Endpoint createEndpoint(const QString& path, const QStringList& types)
    {
        const auto created = client().post(webhooks, endpointBody(path, types), bearer(tenant.accessToken));
        if (created.status != 201) {
            qFatal("creating an endpoint answered %d: %s", created.status, created.body.constData());
        }
        Endpoint endpoint{created.json()["id"].toString(), created.json()["secret"].toString()};
        if (!receiver.configure(path, {{endpoint.secret}})) {
            qFatal("the receiver refused its configuration");
        }
        return endpoint;
    }

    /// The messages to `to` whose subject holds `text`, once there are `count` (or after 15 s).
    std::vector<ReceivedMail> mailsAbout(const QString& to, const QString& text, std::size_t count) const
    {
        std::vector<ReceivedMail> found;
        waitUntil(
            [&] {
                found.clear();
                for (const auto& mail : smtp.messages()) {
                    if (mail.to == to && mail.subject.contains(text)) {
                        found.push_back(mail);
                    }
                }
                return found.size() >= count;
            },
            15'000);
        return found;
    }

    void removeEndpoints(const QList<Endpoint>& endpoints)
    {
        for (const auto& endpoint : endpoints) {
            QCOMPARE(client().del(pathOf(endpoint.id), bearer(tenant.accessToken)).status, 204);
        }
    }

    void revokeAKey()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "revoked for an event"}});
        QCOMPARE(client()
                     .del("/api/enterprise/api-keys/" + key.id.toStdString(), bearer(tenant.accessToken))
                     .status,
                 204);
    }

    /// The endpoint's newest delivery once it reaches `status` (at most 30 s).
    QJsonObject waitForDeliveryStatus(const QString& endpointId, const QString& status)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject newest;
        while (timer.elapsed() < 30'000) {
            const auto data = client()
                                  .get(pathOf(endpointId, "/deliveries?limit=1"), bearer(tenant.accessToken))
                                  .json()["data"]
                                  .toArray();
            newest = data.isEmpty() ? QJsonObject() : data[0].toObject();
            if (newest["status"].toString() == status) {
                return newest;
            }
            QThread::msleep(200);
        }
        qWarning("the newest delivery stayed %s", QJsonDocument(newest).toJson().constData());
        return newest;
    }

    void startServer()
    {
        server = std::make_unique<ServerProcess>(webhookEnvironment(database.url(), stripe, smtp));
        QVERIFY2(server->start(), qPrintable(server->log()));
        client_ = std::make_unique<HttpClient>(server->port());
    }

    HttpClient& client() { return *client_; }

    FakeStripe stripe;
    SmtpServerProcess smtp;
    OpenApiTools tools{AIH_OPENAPI_TOOLS};
    WebhookReceiverProcess receiver{tools};
    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client_;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestOutboundWebhooks)
#include "TestOutboundWebhooks.moc"
