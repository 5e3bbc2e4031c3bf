// SPDX-License-Identifier: Apache-2.0
// The audit trail's background work: signed checkpoints at intervals, and the retention purge
// that removes only what the plan lets go, through the one privileged path, itself audited.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

class TestAuditRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live =
            std::make_unique<LiveServer>(std::map<QString, QString>{{"AIH_AUDIT_CHECKPOINT_SECONDS", "1"}});
        owner = std::make_unique<pqxx::connection>(live->database.url());
    }

    void movedChainsAreCheckpointedAtIntervals()
    {
        const auto tenant = createTenant(client(), "retain-checkpoints");
        const auto head = [&] {
            return auditEntries(client(), tenant.accessToken).first().toObject()["seq"].toInt();
        };
        const auto latestCheckpoint = [&] {
            const auto page =
                client().get("/api/enterprise/audit-logs/checkpoints", bearer(tenant.accessToken));
            const auto data = page.json()["data"].toArray();
            return data.isEmpty() ? 0 : data.first().toObject()["seq"].toInt();
        };
        QVERIFY(waitUntil([&] { return latestCheckpoint() == head(); }, 15000));
        client().post("/api/enterprise/admin/users", {{"email", "later@retain-checkpoints.example"}},
                      bearer(tenant.accessToken));
        QVERIFY(waitUntil([&] { return latestCheckpoint() == head(); }, 15000));
        QVERIFY(client()
                    .get("/api/enterprise/audit-logs/verify", bearer(tenant.accessToken))
                    .json()["valid"]
                    .toBool());
    }

    void entriesPastThePlansRetentionArePurgedAndThePurgeIsAudited()
    {
        // Free plan: 90 days. Entries 1 to 3 are made to look 100 days old.
        const auto tenant = createTenant(client(), "retain-free");
        for (int i = 0; i < 2; ++i) {
            client().post("/api/enterprise/admin/users",
                          {{"email", QString("u%1@retain-free.example").arg(i)}}, bearer(tenant.accessToken));
        }
        age(tenant, 3, 100);
        QVERIFY(waitUntil(
            [&] { return !auditEntries(client(), tenant.accessToken, "action=audit.purge").isEmpty(); },
            15000));
        const auto purge =
            auditEntries(client(), tenant.accessToken, "action=audit.purge").first().toObject();
        QCOMPARE(purge["actor"].toObject()["type"].toString(), QString("system"));
        QCOMPARE(purge["metadata"].toObject()["rows_purged"].toInt(), 3);
        QCOMPARE(purge["metadata"].toObject()["through_seq"].toInt(), 3);
        QCOMPARE(purge["metadata"].toObject()["retention_days"].toInt(), 90);

        const auto report =
            client().get("/api/enterprise/audit-logs/verify", bearer(tenant.accessToken)).json();
        QVERIFY2(report["valid"].toBool(), QJsonDocument(report).toJson().constData());
        QCOMPARE(report["anchor"].toObject()["seq"].toInt(), 3);
        QCOMPARE(report["first_seq"].toInt(), 4);
        pqxx::work tx(*owner);
        const auto purges = tx.exec_params(
            "SELECT rows_purged, through_seq, purged_by FROM audit_purges WHERE tenant_id = $1",
            tenant.id.toStdString());
        QCOMPARE(purges.size(), pqxx::result::size_type(1));
        QCOMPARE(purges[0][0].as<int>(), 3);
        QCOMPARE(tx.exec_params("SELECT min(seq) FROM audit_log WHERE tenant_id = $1",
                                tenant.id.toStdString())[0][0]
                     .as<int>(),
                 4);
    }

    void longerPlansKeepTheirEntries()
    {
        // Pro plan: 730 days, so 100-day-old entries stay.
        const auto tenant = createTenant(client(), "retain-pro", "pro");
        age(tenant, 2, 100);
        const auto before = auditEntries(client(), tenant.accessToken).size();
        QTest::qWait(3000);
        QCOMPARE(auditEntries(client(), tenant.accessToken).size(), before);
        QVERIFY(auditEntries(client(), tenant.accessToken, "action=audit.purge").isEmpty());
    }

    void aDowngradeKeepsWhatTheEarlierPlanPromised()
    {
        // Pro (730 days) until now, then Free (90 days): 100-day-old entries written under Pro stay.
        const auto tenant = createTenant(client(), "retain-downgraded", "pro");
        setTier(tenant, "free");
        age(tenant, 2, 100);
        const auto before = auditEntries(client(), tenant.accessToken).size();
        QTest::qWait(3000);
        QCOMPARE(auditEntries(client(), tenant.accessToken).size(), before);
        QVERIFY(auditEntries(client(), tenant.accessToken, "action=audit.purge").isEmpty());

        // Once Pro lies further back than its own 730 days, only Free's 90 days are left.
        {
            pqxx::work tx(*owner);
            tx.exec_params("UPDATE tenant_tier_history SET held_from = held_from - interval '900 days', "
                           "held_until = held_until - interval '800 days' "
                           "WHERE tenant_id = $1 AND subscription_tier = 'pro'",
                           tenant.id.toStdString());
            tx.commit();
        }
        QVERIFY(waitUntil(
            [&] { return !auditEntries(client(), tenant.accessToken, "action=audit.purge").isEmpty(); },
            15000));
        const auto purge =
            auditEntries(client(), tenant.accessToken, "action=audit.purge").first().toObject();
        QCOMPARE(purge["metadata"].toObject()["retention_days"].toInt(), 90);
        QCOMPARE(purge["metadata"].toObject()["through_seq"].toInt(), 2);
    }

    void theHistoryIsWrittenByTheDatabaseNotTheApplication()
    {
        const auto tenant = createTenant(client(), "retain-history", "basic");
        setTier(tenant, "enterprise");
        pqxx::work tx(*owner);
        const auto rows =
            tx.exec_params("SELECT subscription_tier, held_until IS NULL FROM tenant_tier_history "
                           "WHERE tenant_id = $1 ORDER BY id",
                           tenant.id.toStdString());
        QCOMPARE(rows.size(), pqxx::result::size_type(2));
        QCOMPARE(rows[0][0].as<std::string>(), std::string("basic"));
        QVERIFY(!rows[0][1].as<bool>());
        QCOMPARE(rows[1][0].as<std::string>(), std::string("enterprise"));
        QVERIFY(rows[1][1].as<bool>());
        // The application role reads its own tenant's history and cannot rewrite it.
        tx.exec("SET LOCAL ROLE aih_app");
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", tenant.id.toStdString());
        QCOMPARE(tx.exec("SELECT count(*) FROM tenant_tier_history")[0][0].as<int>(), 2);
        QVERIFY_EXCEPTION_THROWN(tx.exec("UPDATE tenant_tier_history SET held_until = now()"),
                                 pqxx::insufficient_privilege);
    }

    /// Two plan changes of one tenant, the first transaction to begin committing last: what
    /// concurrent Stripe deliveries do when one waits on the other's row lock. Both must land,
    /// and the history must stay one unbroken line.
    void aChangeThatWaitedForAnotherStillExtendsTheHistory()
    {
        const auto tenant = createTenant(client(), "retain-waited", "basic");
        pqxx::connection laterConnection(live->database.url());
        pqxx::work earlier(*owner);
        earlier.exec("SELECT 1"); // the transaction, and its now(), begin here
        {
            pqxx::work later(laterConnection);
            later.exec_params("UPDATE tenants SET subscription_tier = 'pro' WHERE id = $1",
                              tenant.id.toStdString());
            later.commit();
        }
        earlier.exec_params("UPDATE tenants SET subscription_tier = 'enterprise' WHERE id = $1",
                            tenant.id.toStdString());
        earlier.commit();

        pqxx::work tx(*owner);
        const auto rows = tx.exec_params("SELECT subscription_tier, held_until IS NULL, "
                                         "       held_from = lag(held_until) OVER (ORDER BY id) OR "
                                         "lag(held_until) OVER (ORDER BY id) IS NULL "
                                         "  FROM tenant_tier_history WHERE tenant_id = $1 ORDER BY id",
                                         tenant.id.toStdString());
        QCOMPARE(rows.size(), pqxx::result::size_type(3));
        QCOMPARE(rows[1][0].as<std::string>(), std::string("pro"));
        QCOMPARE(rows[2][0].as<std::string>(), std::string("enterprise"));
        QVERIFY(rows[2][1].as<bool>());
        for (const auto& row : rows) {
            QVERIFY2(row[2].as<bool>(), "each row begins where the one before it ended");
        }
    }

private:
    HttpClient& client() { return *live->client; }

    /// Moves a tenant's first entries back in time, behind the server's back; their hashes no
    /// longer match, which does not matter once the purge has removed them.
    void age(const TenantFixture& tenant, int throughSeq, int days)
    {
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL session_replication_role = replica");
        tx.exec_params("UPDATE audit_log SET occurred_at = occurred_at - make_interval(days => $3) "
                       "WHERE tenant_id = $1 AND seq <= $2",
                       tenant.id.toStdString(), throughSeq, days);
        tx.commit();
    }

    /// A plan change made as Stripe's events or the operator make it: an UPDATE of the tenant.
    void setTier(const TenantFixture& tenant, const std::string& tier)
    {
        pqxx::work tx(*owner);
        tx.exec_params("UPDATE tenants SET subscription_tier = $2 WHERE id = $1", tenant.id.toStdString(),
                       tier);
        tx.commit();
    }

    std::unique_ptr<LiveServer> live;
    std::unique_ptr<pqxx::connection> owner;
};

QTEST_GUILESS_MAIN(TestAuditRetention)
#include "TestAuditRetention.moc"
