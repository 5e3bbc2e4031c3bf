// SPDX-License-Identifier: Apache-2.0
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "Wait.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace aih::test;

class TestApiKeysApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // This test program is its own proxy: X-Forwarded-For names the client, so keys limited
        // to networks can be tried from addresses other than loopback.
        live = std::make_unique<LiveServer>(std::map<QString, QString>{
            {"AIH_USAGE_FLUSH_MS", "200"}, {"AIH_TRUSTED_PROXIES", "127.0.0.1/32"}});
        tenant = createTenant(client(), "keys-co", "basic");
    }

    void createdKeyIsShownOnceAndWorks()
    {
        const auto created =
            createApiKey(client(), tenant.accessToken, {{"name", "ci"}, {"scopes", QJsonArray{"read"}}});
        QCOMPARE(created.response.status, 201);
        QVERIFY(created.key.startsWith("aih_live_"));
        QCOMPARE(created.response.json()["rate_limit"].toInt(), 10000);
        QCOMPARE(created.response.json()["status"].toString(), QString("active"));
        QCOMPARE(client().get("/api/gurus/spiritual", apiKey(created.key)).status, 200);
        // Also as a bearer token.
        QCOMPARE(client().get("/api/gurus/spiritual", bearer(created.key)).status, 200);
        const auto listed = client().get("/api/enterprise/api-keys", bearer(tenant.accessToken));
        QVERIFY(!listed.body.contains(created.key.toUtf8()));
        QVERIFY(listed.body.contains(created.key.left(21).toUtf8()));
    }

    void freePlanHasNoApiAccess()
    {
        const auto freeTenant = createTenant(client(), "free-keys");
        const auto created = createApiKey(client(), freeTenant.accessToken, {{"name", "nope"}});
        QCOMPARE(created.response.status, 402);
        QCOMPARE(created.response.code(), QString("feature_not_in_plan"));
        QCOMPARE(created.response.json()["required_plan"].toString(), QString("basic"));
    }

    void invalidKeyRequestsAreRejected_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("no name") << QJsonObject{{"scopes", QJsonArray{"read"}}} << 422;
        QTest::newRow("unknown scope") << QJsonObject{{"name", "x"}, {"scopes", QJsonArray{"root"}}} << 422;
        QTest::newRow("repeated scope")
            << QJsonObject{{"name", "x"}, {"scopes", QJsonArray{"read", "read"}}} << 422;
        QTest::newRow("empty scopes") << QJsonObject{{"name", "x"}, {"scopes", QJsonArray{}}} << 422;
        QTest::newRow("above plan") << QJsonObject{{"name", "x"}, {"rate_limit", 10001}} << 422;
        QTest::newRow("zero limit") << QJsonObject{{"name", "x"}, {"rate_limit", 0}} << 422;
        QTest::newRow("past expiry") << QJsonObject{{"name", "x"}, {"expires_at", "2001-01-01T00:00:00Z"}}
                                     << 422;
        QTest::newRow("bad expiry") << QJsonObject{{"name", "x"}, {"expires_at", "tomorrow"}} << 422;
        QTest::newRow("usage smuggled") << QJsonObject{{"name", "x"}, {"usage_count", 5}} << 400;
    }

    void invalidKeyRequestsAreRejected()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QCOMPARE(createApiKey(client(), tenant.accessToken, body).response.status, status);
    }

    void plainUserCannotHoldAdminScope()
    {
        const auto user = createUserAndLogin(client(), tenant, "plain@keys-co.example", "user");
        const auto created =
            createApiKey(client(), user.accessToken, {{"name", "x"}, {"scopes", QJsonArray{"admin"}}});
        QCOMPARE(created.response.status, 403);
    }

    void madeUpAndMistypedKeysAreRefused()
    {
        const auto created = createApiKey(client(), tenant.accessToken, {{"name", "typo"}});
        auto typo = created.key;
        typo[20] = typo[20] == 'a' ? 'b' : 'a';
        for (const auto& key :
             {typo, QString("aih_live_nothing"), QString("sk_live_123"), created.key + "x"}) {
            const auto response = client().get("/api/gurus", apiKey(key));
            QCOMPARE(response.status, 401);
        }
    }

    void scopesLimitWhatAKeyMayDo()
    {
        const auto readOnly =
            createApiKey(client(), tenant.accessToken, {{"name", "ro"}, {"scopes", QJsonArray{"read"}}});
        const auto denied = client().post("/api/enterprise/admin/users", {{"email", "k@keys-co.example"}},
                                          apiKey(readOnly.key));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json()["required_scope"].toString(), QString("admin"));
        const auto noAdmin = createApiKey(client(), tenant.accessToken,
                                          {{"name", "rw"}, {"scopes", QJsonArray{"read", "write"}}});
        QCOMPARE(client().get("/api/enterprise/admin/users", apiKey(noAdmin.key)).status, 403);
        const auto admin = createApiKey(client(), tenant.accessToken,
                                        {{"name", "adm"}, {"scopes", QJsonArray{"read", "write", "admin"}}});
        QCOMPARE(client().get("/api/enterprise/admin/users", apiKey(admin.key)).status, 200);
        QCOMPARE(
            client()
                .post("/api/enterprise/admin/users", {{"email", "bykey@keys-co.example"}}, apiKey(admin.key))
                .status,
            201);
        // Keys manage no keys: that stays with signed-in users.
        QCOMPARE(client().get("/api/enterprise/api-keys", apiKey(admin.key)).status, 403);
    }

    void keyNeverExceedsItsOwnersCurrentRole()
    {
        const auto manager = createUserAndLogin(client(), tenant, "mgr@keys-co.example", "manager");
        const auto key = createApiKey(client(), manager.accessToken,
                                      {{"name", "mgr"}, {"scopes", QJsonArray{"read", "write", "admin"}}});
        QCOMPARE(key.response.status, 201);
        QCOMPARE(client().get("/api/enterprise/admin/users", apiKey(key.key)).status, 200);
        QCOMPARE(client()
                     .patch(path("/api/enterprise/admin/users", manager.userId), {{"role", "user"}},
                            bearer(tenant.accessToken))
                     .status,
                 200);
        QCOMPARE(client().get("/api/enterprise/admin/users", apiKey(key.key)).status, 403);
    }

    void deactivatedOwnersKeysStopAtOnce()
    {
        const auto user = createUserAndLogin(client(), tenant, "leaver@keys-co.example", "user");
        const auto key = createApiKey(client(), user.accessToken, {{"name", "leaver"}});
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 200);
        QCOMPARE(
            client().del(path("/api/enterprise/admin/users", user.userId), bearer(tenant.accessToken)).status,
            204);
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 401);
    }

    void revokedKeyIsRefusedImmediately()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "revoke-me"}});
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 200);
        QCOMPARE(client().del(path("/api/enterprise/api-keys", key.id), bearer(tenant.accessToken)).status,
                 204);
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 401);
        const auto listed = findKey(key.id);
        QCOMPARE(listed["status"].toString(), QString("revoked"));
    }

    void expiredKeyIsRefused()
    {
        const auto soon = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate);
        const auto key =
            createApiKey(client(), tenant.accessToken, {{"name", "short-lived"}, {"expires_at", soon}});
        QCOMPARE(key.response.status, 201);
        const auto fresh = client().get("/api/gurus", apiKey(key.key));
        QCOMPARE(fresh.status, 200);
        QVERIFY2(fresh.header("Warning").contains("expires"), "a key expiring within 7 days is flagged");
        QVERIFY(findKey(key.id)["expires_soon"].toBool());
        QThread::sleep(3);
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 401);
        QCOMPARE(findKey(key.id)["status"].toString(), QString("expired"));
    }

    void rotationKeepsOldSecretForGraceAndRecordsItsUse()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "rotating"}});
        const auto rotated = client().request("POST", path("/api/enterprise/api-keys", key.id) + "/rotate",
                                              "{\"grace_seconds\": 3600}", bearer(tenant.accessToken));
        QCOMPARE(rotated.status, 200);
        const auto newKey = rotated.json()["key"].toString();
        QVERIFY(newKey != key.key);
        QCOMPARE(newKey.left(21), key.key.left(21));
        QCOMPARE(client().get("/api/gurus", apiKey(newKey)).status, 200);
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 200);
        QVERIFY(waitUntil([&] { return !findKey(key.id)["previous_secret_last_used_at"].isNull(); }));
        // Without a grace period the old secret dies at once.
        const auto again = client().request("POST", path("/api/enterprise/api-keys", key.id) + "/rotate",
                                            "{}", bearer(tenant.accessToken));
        QCOMPARE(again.status, 200);
        QCOMPARE(client().get("/api/gurus", apiKey(newKey)).status, 401);
        QCOMPARE(client().get("/api/gurus", apiKey(again.json()["key"].toString())).status, 200);
    }

    void rotationGraceIsBounded()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "grace"}});
        QCOMPARE(client()
                     .request("POST", path("/api/enterprise/api-keys", key.id) + "/rotate",
                              "{\"grace_seconds\": 604801}", bearer(tenant.accessToken))
                     .status,
                 422);
    }

    void adminRotatingAMembersKeyIsRecordedAsIssuedToTheAdmin()
    {
        const auto member = createUserAndLogin(client(), tenant, "rotated@keys-co.example", "user");
        const auto membersKey = createApiKey(client(), member.accessToken, {{"name", "members"}});
        const auto rotateAs = [&](const QString& token) {
            const auto answer = client().request(
                "POST", path("/api/enterprise/api-keys", membersKey.id) + "/rotate", "{}", bearer(token));
            QCOMPARE(answer.status, 200);
        };
        const auto latestRotation = [&] {
            for (const auto& entry : auditEntries(client(), tenant.accessToken, "action=api_key.rotate")) {
                const auto object = entry.toObject();
                if (object["resource"].toObject()["id"].toString() == membersKey.id) {
                    return object["metadata"].toObject();
                }
            }
            return QJsonObject();
        };
        rotateAs(member.accessToken);
        QVERIFY(!latestRotation().isEmpty());
        QVERIFY(!latestRotation().contains("secret_issued_to"));
        rotateAs(tenant.accessToken);
        QCOMPARE(latestRotation()["secret_issued_to"].toString(), tenant.adminId);
    }

    void othersKeysAreHiddenFromNonAdmins()
    {
        const auto other = createUserAndLogin(client(), tenant, "other@keys-co.example", "user");
        const auto adminsKey = createApiKey(client(), tenant.accessToken, {{"name", "admins"}});
        QCOMPARE(
            client().del(path("/api/enterprise/api-keys", adminsKey.id), bearer(other.accessToken)).status,
            404);
        QCOMPARE(client()
                     .request("POST", path("/api/enterprise/api-keys", adminsKey.id) + "/rotate", "{}",
                              bearer(other.accessToken))
                     .status,
                 404);
        QCOMPARE(client().get("/api/enterprise/api-keys?all=true", bearer(other.accessToken)).status, 403);
        const auto own = client().get("/api/enterprise/api-keys", bearer(other.accessToken));
        QCOMPARE(own.json()["data"].toArray().size(), 0);
        // The admin manages anyone's keys.
        const auto othersKey = createApiKey(client(), other.accessToken, {{"name", "others"}});
        QCOMPARE(
            client().del(path("/api/enterprise/api-keys", othersKey.id), bearer(tenant.accessToken)).status,
            204);
        const auto all =
            client().get("/api/enterprise/api-keys?all=true&limit=200", bearer(tenant.accessToken));
        QVERIFY(all.json()["data"].toArray().size() > 3);
    }

    void usageIsCountedPerKey()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "counted"}});
        for (int i = 0; i < 7; ++i) {
            client().get("/api/meditations", apiKey(key.key));
        }
        client().get("/api/gurus/no-such-kind", apiKey(key.key));
        QVERIFY(waitUntil([&] { return findKey(key.id)["usage_count"].toInt() == 8; }));
        QVERIFY(!findKey(key.id)["last_used_at"].isNull());
    }

    void aKeyIsChangedInPlaceAndTheChangeHoldsAtOnce()
    {
        const auto key =
            createApiKey(client(), tenant.accessToken,
                         {{"name", "to-change"}, {"scopes", QJsonArray{"read"}}, {"rate_limit", 500}});
        QCOMPARE(key.response.status, 201);
        const auto before = client().get("/api/gurus", apiKey(key.key));
        QCOMPARE(before.header("X-RateLimit-Limit"), QString("500"));
        QCOMPARE(client()
                     .post("/api/enterprise/admin/users", {{"email", "p1@keys-co.example"}}, apiKey(key.key))
                     .status,
                 403);

        const auto later = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
        const auto changed = client().patch(path("/api/enterprise/api-keys", key.id),
                                            {{"name", "renamed"},
                                             {"scopes", QJsonArray{"read", "write", "admin"}},
                                             {"rate_limit", 250},
                                             {"expires_at", later}},
                                            bearer(tenant.accessToken));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json()["name"].toString(), QString("renamed"));
        QCOMPARE(changed.json()["rate_limit"].toInt(), 250);
        QCOMPARE(changed.json()["scopes"].toArray().size(), 3);
        QVERIFY(!changed.json()["expires_at"].isNull());
        QVERIFY(!changed.body.contains(key.key.toUtf8()));
        // The same secret, with the new scopes and limit from the next request on.
        const auto after = client().get("/api/gurus", apiKey(key.key));
        QCOMPARE(after.status, 200);
        QCOMPARE(after.header("X-RateLimit-Limit"), QString("250"));
        QCOMPARE(client().get("/api/enterprise/admin/users", apiKey(key.key)).status, 200);
        // null clears the expiry; a field left out stays.
        const auto cleared = client().patch(path("/api/enterprise/api-keys", key.id),
                                            {{"expires_at", QJsonValue()}}, bearer(tenant.accessToken));
        QCOMPARE(cleared.status, 200);
        QVERIFY(cleared.json()["expires_at"].isNull());
        QCOMPARE(cleared.json()["name"].toString(), QString("renamed"));
        const auto audited = auditEntries(client(), tenant.accessToken, "action=api_key.update");
        QCOMPARE(audited.size(), 2);
    }

    void keyChangesAreCheckedLikeNewKeys_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("empty name") << "name" << QJsonValue("");
        QTest::newRow("unknown scope") << "scopes" << QJsonValue(QJsonArray{"read", "root"});
        QTest::newRow("no scope") << "scopes" << QJsonValue(QJsonArray{});
        QTest::newRow("limit above the plan") << "rate_limit" << QJsonValue(10001);
        QTest::newRow("zero limit") << "rate_limit" << QJsonValue(0);
        QTest::newRow("past expiry") << "expires_at" << QJsonValue("2020-01-01T00:00:00Z");
        QTest::newRow("not a time") << "expires_at" << QJsonValue("tomorrow");
        QTest::newRow("zero burst") << "burst_limit" << QJsonValue(0);
        QTest::newRow("burst past the maximum") << "burst_limit" << QJsonValue(100001);
    }

    void keyChangesAreCheckedLikeNewKeys()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "checked"}});
        const auto refused = client().patch(path("/api/enterprise/api-keys", key.id), {{field, value}},
                                            bearer(tenant.accessToken));
        QCOMPARE(refused.status, 422);
        QCOMPARE(findKey(key.id)["name"].toString(), QString("checked"));
    }

    void onlyTheOwnerOrAnAdminChangesAKeyAndNeverPastTheOwnersRole()
    {
        const auto member = createUserAndLogin(client(), tenant, "patcher@keys-co.example", "user");
        const auto own = createApiKey(client(), member.accessToken, {{"name", "mine"}});
        QCOMPARE(own.response.status, 201);
        // A plain user's key cannot get the admin scope, whoever asks.
        const auto scoped = QJsonObject{{"scopes", QJsonArray{"read", "admin"}}};
        QCOMPARE(client()
                     .patch(path("/api/enterprise/api-keys", own.id), scoped, bearer(member.accessToken))
                     .status,
                 403);
        QCOMPARE(client()
                     .patch(path("/api/enterprise/api-keys", own.id), scoped, bearer(tenant.accessToken))
                     .status,
                 403);
        QCOMPARE(client()
                     .patch(path("/api/enterprise/api-keys", own.id), {{"name", "still mine"}},
                            bearer(member.accessToken))
                     .status,
                 200);
        // Someone else's key is not there for a member; nor for another tenant.
        const auto admins = createApiKey(client(), tenant.accessToken, {{"name", "admins"}});
        QCOMPARE(client()
                     .patch(path("/api/enterprise/api-keys", admins.id), {{"name", "taken"}},
                            bearer(member.accessToken))
                     .status,
                 404);
        const auto other = createTenant(client(), "keys-other", "basic");
        QCOMPARE(client()
                     .patch(path("/api/enterprise/api-keys", admins.id), {{"name", "taken"}},
                            bearer(other.accessToken))
                     .status,
                 404);
        // A revoked key stays as it was.
        QCOMPARE(client().del(path("/api/enterprise/api-keys", own.id), bearer(member.accessToken)).status,
                 204);
        QCOMPARE(client()
                     .patch(path("/api/enterprise/api-keys", own.id), {{"name", "revived"}},
                            bearer(member.accessToken))
                     .status,
                 409);
        // Keys manage no keys.
        const auto byKey =
            createApiKey(client(), tenant.accessToken,
                         {{"name", "keyed"}, {"scopes", QJsonArray{"read", "write", "admin"}}});
        QCOMPARE(client()
                     .patch(path("/api/enterprise/api-keys", byKey.id), {{"name", "x"}}, apiKey(byKey.key))
                     .status,
                 403);
    }

    void allowedNetworksLimitWhereAKeyWorks()
    {
        const auto office = createTenant(client(), "key-networks", "basic");
        const auto created = client().post(
            "/api/enterprise/api-keys",
            {{"name", "office"}, {"allowed_ips", QJsonArray{"203.0.113.0/24", "2001:db8::/32"}}},
            bearer(office.accessToken));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()["allowed_ips"].toArray(), QJsonArray({"203.0.113.0/24", "2001:db8::/32"}));
        const auto key = created.json()["key"].toString();
        const auto id = created.json()["id"].toString().toStdString();
        const auto from = [&](const char* forwardedFor) {
            auto headers = apiKey(key);
            headers.emplace_back("X-Forwarded-For", forwardedFor);
            return client().get("/api/gurus", headers).status;
        };
        QCOMPARE(from("203.0.113.7"), 200);
        QCOMPARE(from("2001:db8::5"), 200);
        const auto elsewhere = client().get("/api/gurus", [&] {
            auto headers = apiKey(key);
            headers.emplace_back("X-Forwarded-For", "198.51.100.1");
            return headers;
        }());
        QCOMPARE(elsewhere.status, 403);
        QCOMPARE(elsewhere.code(), QString("forbidden"));
        QCOMPARE(elsewhere.json()["client_ip"].toString(), QString("198.51.100.1"));
        QCOMPARE(client().get("/api/gurus", apiKey(key)).status, 403); // from the proxy itself
        // A client's own X-Forwarded-For entry left of the one the proxy added proves nothing.
        QCOMPARE(from("203.0.113.7, 198.51.100.1"), 403);

        // A change holds from the next request; null lets the key work from anywhere again.
        const auto moved =
            client().patch("/api/enterprise/api-keys/" + id, {{"allowed_ips", QJsonArray{"198.51.100.0/24"}}},
                           bearer(office.accessToken));
        QCOMPARE(moved.status, 200);
        QCOMPARE(from("198.51.100.1"), 200);
        QCOMPARE(from("203.0.113.7"), 403);
        const auto anywhere = client().patch("/api/enterprise/api-keys/" + id,
                                             {{"allowed_ips", QJsonValue::Null}}, bearer(office.accessToken));
        QCOMPARE(anywhere.status, 200);
        QVERIFY(anywhere.json()["allowed_ips"].isNull());
        QCOMPARE(from("192.0.2.1"), 200);
        QCOMPARE(auditEntries(client(), office.accessToken, "action=api_key.update").size(), 2);

        // Malformed lists are refused, naming the field.
        QJsonArray tooMany;
        for (int i = 0; i < 33; ++i) {
            tooMany.append(QString("10.0.%1.0/24").arg(i));
        }
        for (const auto& bad :
             {QJsonValue(QJsonArray{"not-an-address"}), QJsonValue(QJsonArray{}),
              QJsonValue(QJsonArray{"10.0.0.0/33"}), QJsonValue(QJsonArray{"10.0.0.1 ::/0"}),
              QJsonValue(tooMany), QJsonValue("10.0.0.0/8")}) {
            const auto refused =
                client().post("/api/enterprise/api-keys", {{"name", "bad"}, {"allowed_ips", bad}},
                              bearer(office.accessToken));
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.json()["errors"].toArray().at(0).toObject()["field"].toString(),
                     QString("allowed_ips"));
        }
    }

    void aBurstLimitTakesASecondsWorthAtOnce()
    {
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "bursty"}, {"burst_limit", 5}});
        QCOMPARE(key.response.status, 201);
        QCOMPARE(key.response.json()["burst_limit"].toInt(), 5);
        // Twenty calls at once from eight clients: about a second's five go through.
        std::atomic<int> admitted{0};
        std::atomic<int> refused{0};
        std::atomic<int> other{0};
        std::vector<std::thread> threads;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back([&, port = live->server->port()] {
                const HttpClient client(port);
                for (int call = 0; call < 3; ++call) {
                    const auto response = client.get("/api/gurus", apiKey(key.key));
                    if (response.status == 200) {
                        ++admitted;
                    } else if (response.status == 429 &&
                               response.json()["limit"].toString() == QString("burst") &&
                               response.header("Retry-After") == QString("1")) {
                        ++refused;
                    } else {
                        ++other;
                    }
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        const auto seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        qInfo("burst limit 5/s: %d of 24 calls in %.2f s went through, %d refused", admitted.load(), seconds,
              refused.load());
        QCOMPARE(other.load(), 0);
        QVERIFY(admitted >= 5);
        // The bucket holds five and refills five a second.
        QVERIFY2(admitted <= 5 + static_cast<int>(seconds * 5) + 1, qPrintable(QString::number(admitted)));
        QCOMPARE(admitted + refused, 24);

        // A second later the bucket is full again; without the limit nothing is refused.
        QThread::msleep(1100);
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 200);
        const auto cleared = client().patch(path("/api/enterprise/api-keys", key.id),
                                            {{"burst_limit", QJsonValue()}}, bearer(tenant.accessToken));
        QCOMPARE(cleared.status, 200);
        QVERIFY(cleared.json()["burst_limit"].isNull());
        for (int call = 0; call < 20; ++call) {
            QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 200);
        }
        // Both changes are in the trail, newest first.
        const auto updated =
            auditEntries(client(), tenant.accessToken, "action=api_key.update")[0].toObject();
        QVERIFY(updated["metadata"].toObject().contains("burst_limit"));
        QVERIFY(updated["metadata"].toObject()["burst_limit"].isNull());
        const auto created =
            auditEntries(client(), tenant.accessToken, "action=api_key.create")[0].toObject();
        QCOMPARE(created["metadata"].toObject()["burst_limit"].toInt(), 5);
    }

private:
    QJsonObject findKey(const QString& id)
    {
        const auto all =
            client().get("/api/enterprise/api-keys?all=true&limit=200", bearer(tenant.accessToken));
        for (const auto& entry : all.json()["data"].toArray()) {
            if (entry.toObject()["id"].toString() == id) {
                return entry.toObject();
            }
        }
        return {};
    }

    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestApiKeysApi)
#include "TestApiKeysApi.moc"
