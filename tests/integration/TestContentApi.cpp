// SPDX-License-Identifier: Apache-2.0
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "Wait.h"

#include <QJsonArray>
#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

class TestContentApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        tenant = createTenant(client(), "content-co", "basic");
        other = createTenant(client(), "other-content", "basic");
        key = createApiKey(client(), tenant.accessToken, {{"name", "reader"}}).key;
    }

    void seedExampleCallWorks()
    {
        // The seed's own example: GET /api/gurus/spiritual with X-API-Key.
        const auto response = client().get("/api/gurus/spiritual", apiKey(key));
        QCOMPARE(response.status, 200);
        const auto data = response.json()["data"].toArray();
        QVERIFY(data.size() >= 2);
        for (const auto& guru : data) {
            QCOMPARE(guru.toObject()["kind"].toString(), QString("spiritual"));
        }
    }

    void listsGurusAndMeditations()
    {
        const auto gurus = client().get("/api/gurus", bearer(tenant.accessToken));
        QCOMPARE(gurus.status, 200);
        QVERIFY(gurus.json()["data"].toArray().size() >= 5);
        QVERIFY(gurus.json()["next_cursor"].isNull());
        const auto meditations = client().get("/api/meditations", apiKey(key));
        QCOMPARE(meditations.status, 200);
        QVERIFY(meditations.json()["data"].toArray().at(0).toObject()["duration_minutes"].toInt() > 0);
    }

    void unknownOrHostileKindIsNotFound_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("unknown") << "astrology";
        QTest::newRow("uppercase") << "SPIRITUAL";
        QTest::newRow("sql") << "x'%20OR%20'1'='1";
    }

    void unknownOrHostileKindIsNotFound()
    {
        QFETCH(QString, kind);
        QCOMPARE(client().get("/api/gurus/" + kind.toStdString(), apiKey(key)).status, 404);
    }

    void contentNeedsACredentialAndTheReadScope()
    {
        QCOMPARE(client().get("/api/gurus").status, 401);
        const auto writeOnly =
            createApiKey(client(), tenant.accessToken, {{"name", "w"}, {"scopes", QJsonArray{"write"}}});
        const auto refused = client().get("/api/gurus", apiKey(writeOnly.key));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json()["required_scope"].toString(), QString("read"));
    }

    void tenantAdditionsAreVisibleOnlyToThatTenant()
    {
        {
            pqxx::connection connection(live->database.url());
            pqxx::work tx(connection);
            tx.exec_params("INSERT INTO gurus (tenant_id, kind, name, tagline, description) "
                           "VALUES ($1, 'inhouse', 'Coach Kim', 'Ours only', 'A tenant-specific guide.')",
                           tenant.id.toStdString());
            tx.commit();
        }
        QVERIFY(
            waitUntil([&] { return client().get("/api/gurus/inhouse", apiKey(key)).status == 200; }, 2000));
        QCOMPARE(client().get("/api/gurus/inhouse", bearer(other.accessToken)).status, 404);
        QVERIFY(!client().get("/api/gurus", bearer(other.accessToken)).body.contains("Coach Kim"));
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    TenantFixture other;
    QString key;
};

QTEST_GUILESS_MAIN(TestContentApi)
#include "TestContentApi.moc"
