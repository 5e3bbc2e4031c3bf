// SPDX-License-Identifier: Apache-2.0
// Idempotency-Key on mutating POSTs: a retried request with the same key and body gets the first
// answer again (and nothing is done twice, even when the retries race the first); the same key
// with another body is a 422; a request that failed releases its key; keys belong to the
// credential that sent them, so another user's or tenant's identical key is another key; the
// operator's platform calls are covered too.
#include "ApiHelpers.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QtTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace aih::test;

namespace {

constexpr auto keys = "/api/enterprise/api-keys";

Headers withKey(Headers headers, const std::string& key)
{
    headers.emplace_back("Idempotency-Key", key);
    return headers;
}

int keyCount(const HttpClient& client, const TenantFixture& tenant)
{
    return static_cast<int>(client.get(std::string(keys) + "?all=true&limit=200", bearer(tenant.accessToken))
                                .json()["data"]
                                .toArray()
                                .size());
}

} // namespace

class TestIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        server = std::make_unique<ServerProcess>(ServerProcess::defaultEnvironment(database.url()));
        QVERIFY2(server->start(), qPrintable(server->log()));
        client_ = std::make_unique<HttpClient>(server->port());
        tenant = createTenant(client(), "idem-main", "basic");
    }

    void aRetryGetsTheFirstAnswerAndDoesNothingTwice()
    {
        const auto headers = withKey(bearer(tenant.accessToken), "create-key-0001");
        const auto first = client().post(keys, {{"name", "deploy"}}, headers);
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        const auto again = client().post(keys, {{"name", "deploy"}}, headers);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QString("true"));
        QCOMPARE(again.json()["id"].toString(), first.json()["id"].toString());
        QCOMPARE(again.json()["key"].toString(), first.json()["key"].toString());
        QCOMPARE(keyCount(client(), tenant), 1);

        // The same key with another body is refused, and does nothing.
        const auto other = client().post(keys, {{"name", "something else"}}, headers);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.json()["errors"].toArray().at(0).toObject()["field"].toString(),
                 QString("Idempotency-Key"));
        QCOMPARE(keyCount(client(), tenant), 1);
        // Without a key, the same body is a new request.
        QCOMPARE(client().post(keys, {{"name", "deploy"}}, bearer(tenant.accessToken)).status, 201);
        QCOMPARE(keyCount(client(), tenant), 2);
    }

    void aFailedRequestReleasesItsKey()
    {
        const auto headers = withKey(bearer(tenant.accessToken), "create-key-0002");
        const auto refused =
            client().post(keys, {{"name", "bad"}, {"scopes", QJsonArray{"everything"}}}, headers);
        QCOMPARE(refused.status, 422);
        const auto before = keyCount(client(), tenant);
        const auto fixed = client().post(keys, {{"name", "good"}}, headers);
        QCOMPARE(fixed.status, 201);
        QVERIFY(fixed.header("Idempotent-Replayed").isEmpty());
        QCOMPARE(keyCount(client(), tenant), before + 1);
    }

    void racingRetriesDoTheWorkOnce()
    {
        // Creating a tenant hashes its admin's password (argon2id): slow enough for the retries
        // to arrive while the first still runs.
        const QJsonObject body{{"name", "Raced Co"},
                               {"slug", "idem-raced"},
                               {"admin_email", "owner@idem-raced.example"},
                               {"admin_password", "a long enough passphrase"}};
        const auto headers = withKey(operatorAuth(), "tenant-race");
        std::atomic<int> created{0};
        std::atomic<int> running{0};
        std::atomic<int> other{0};
        std::vector<std::thread> threads;
        std::vector<QString> ids(8);
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back([&, i] {
                HttpClient own(server->port());
                const auto response = own.post("/api/enterprise/tenants", body, headers);
                if (response.status == 201) {
                    ++created;
                    ids[static_cast<std::size_t>(i)] = response.json()["tenant"].toObject()["id"].toString();
                } else if (response.status == 409 && !response.header("Retry-After").isEmpty()) {
                    ++running; // the first is still running: retry later
                } else {
                    ++other; // a second creation would be a 409 without Retry-After (slug taken)
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        qInfo("idempotency race: %d answered 201, %d answered 409 while the first ran", created.load(),
              running.load());
        QCOMPARE(other.load(), 0);
        QVERIFY(created.load() >= 1);
        QSet<QString> distinct;
        for (const auto& id : ids) {
            if (!id.isEmpty()) {
                distinct.insert(id);
            }
        }
        QCOMPARE(distinct.size(), 1); // every 201 names the one tenant made
        // Once the first has finished, every retry gets its answer.
        const auto replay = client().post("/api/enterprise/tenants", body, headers);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QString("true"));
        QCOMPARE(replay.json()["tenant"].toObject()["id"].toString(), *distinct.begin());
    }

    void keysBelongToTheirCredential()
    {
        const auto colleague = createUserAndLogin(client(), tenant, "colleague@idem-main.example", "admin");
        const auto mine =
            client().post(keys, {{"name", "shared words"}}, withKey(bearer(tenant.accessToken), "same"));
        const auto theirs =
            client().post(keys, {{"name", "shared words"}}, withKey(bearer(colleague.accessToken), "same"));
        QCOMPARE(mine.status, 201);
        QCOMPARE(theirs.status, 201);
        QVERIFY(theirs.header("Idempotent-Replayed").isEmpty());
        QVERIFY(mine.json()["id"] != theirs.json()["id"]);

        const auto other = createTenant(client(), "idem-other", "basic");
        const auto elsewhere =
            client().post(keys, {{"name", "shared words"}}, withKey(bearer(other.accessToken), "same"));
        QCOMPARE(elsewhere.status, 201);
        QVERIFY(elsewhere.header("Idempotent-Replayed").isEmpty());
        QCOMPARE(keyCount(client(), other), 1);
    }

    void signInsAreNeverReplayed()
    {
        // A replayed sign-in would hand out the first answer's tokens again; its body holds a
        // password. Open routes ignore the header, even from a caller already signed in.
        const QJsonObject body{
            {"tenant", tenant.slug}, {"email", tenant.adminEmail}, {"password", tenant.adminPassword}};
        const auto headers = withKey(bearer(tenant.accessToken), "sign-in-1");
        const auto first = client().post("/api/auth/login", body, headers);
        const auto second = client().post("/api/auth/login", body, headers);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QVERIFY(second.header("Idempotent-Replayed").isEmpty());
        QVERIFY(first.json()["refresh_token"] != second.json()["refresh_token"]);
    }

    void malformedKeysAreRefused()
    {
        for (const auto& bad :
             {std::string(256, 'k'), std::string("with space"), std::string("t\xc3\xa9st")}) {
            const auto response =
                client().post(keys, {{"name", "x"}}, withKey(bearer(tenant.accessToken), bad));
            QCOMPARE(response.status, 400);
        }
    }

    void theOperatorsPlatformCallsAreCoveredToo()
    {
        const QJsonObject body{{"name", "Idem Co"}, {"slug", "idem-operator"}, {"subscription_tier", "pro"}};
        const auto first =
            client().post("/api/enterprise/tenants", body, withKey(operatorAuth(), "tenant-create-1"));
        QCOMPARE(first.status, 201);
        const auto again =
            client().post("/api/enterprise/tenants", body, withKey(operatorAuth(), "tenant-create-1"));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QString("true"));
        QCOMPARE(again.json()["tenant"].toObject()["id"], first.json()["tenant"].toObject()["id"]);
        // Without the key the slug is taken.
        QCOMPARE(client().post("/api/enterprise/tenants", body, operatorAuth()).status, 409);
    }

private:
    HttpClient& client() { return *client_; }

    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client_;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "TestIdempotency.moc"
