// SPDX-License-Identifier: Apache-2.0
// The trail is append-only for the application role, and whatever someone with the database
// owner's password does behind the server's back, verification finds: edits, deletions,
// reordering, truncation, rewritten history, forged checkpoints.
#include "ApiHelpers.h"
#include "AuditChainSql.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <pqxx/pqxx>
#include <sodium.h>

using namespace aih::test;

class TestAuditTamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        owner = std::make_unique<pqxx::connection>(live->database.url());
        pqxx::nontransaction setup(*owner);
        setup.exec(auditChainSql);
    }

    void untouchedChainVerifies()
    {
        const auto tenant = chain("tamper-none");
        const auto report = verify(tenant);
        QVERIFY2(report["valid"].toBool(), QJsonDocument(report).toJson().constData());
        QCOMPARE(report["first_seq"].toInt(), 1);
        QCOMPARE(report["entries_checked"].toInt(), report["last_seq"].toInt());
        QVERIFY(report["entries_checked"].toInt() >= 5);
        QVERIFY(report["first_broken"].isNull());
    }

    void hashesCanBeRecomputedFromTheDocumentedFormat()
    {
        const auto tenant = chain("tamper-recompute");
        pqxx::work tx(*owner);
        const auto rows = tx.exec_params(
            "SELECT count(*), count(*) FILTER (WHERE pg_temp.aih_entry_hash(e, (e).prev_hash) = (e).hash "
            "AND (e).prev_hash = previous) FROM (SELECT a, coalesce(lag(a.hash) OVER (ORDER BY a.seq), "
            "decode(repeat('00', 32), 'hex')) FROM audit_log a WHERE a.tenant_id = $1) chain(e, previous)",
            tenant.id.toStdString());
        QVERIFY(rows[0][0].as<int>() >= 5);
        QCOMPARE(rows[0][1].as<int>(), rows[0][0].as<int>());
    }

    void editedEntryIsFound()
    {
        const auto tenant = chain("tamper-edit");
        tamper("UPDATE audit_log SET success = NOT success WHERE tenant_id = $1 AND seq = 3", tenant);
        expectBroken(tenant, 3, "entry_altered");
    }

    void deletedEntryIsFound()
    {
        const auto tenant = chain("tamper-delete");
        tamper("DELETE FROM audit_log WHERE tenant_id = $1 AND seq = 3", tenant);
        expectBroken(tenant, 4, "entries_missing");
    }

    void reorderedEntriesAreFound()
    {
        const auto tenant = chain("tamper-reorder");
        tamper("UPDATE audit_log SET seq = CASE seq WHEN 3 THEN 4 ELSE 3 END + 1000 "
               "WHERE tenant_id = $1 AND seq IN (3, 4); "
               "UPDATE audit_log SET seq = seq - 1000 WHERE tenant_id = $1 AND seq > 1000",
               tenant);
        expectBroken(tenant, 3, "link_broken");
    }

    void truncatedTailContradictsTheSignedCheckpoint()
    {
        const auto tenant = chain("tamper-truncate");
        const auto checkpoint = signNow(tenant);
        const auto head = checkpoint["seq"].toInt();
        tamper("DELETE FROM audit_log WHERE tenant_id = $1 AND seq >= " + std::to_string(head - 1), tenant);
        expectBroken(tenant, head, "truncated");
    }

    void rewrittenHistoryContradictsTheSignedCheckpoint()
    {
        const auto tenant = chain("tamper-rewrite");
        const auto checkpoint = signNow(tenant);
        // Every hash and link recomputed: the chain alone now looks perfect.
        tamper("UPDATE audit_log SET action = 'auth.logout' WHERE tenant_id = $1 AND seq = 2; "
               "SELECT pg_temp.aih_rehash($1)",
               tenant);
        expectBroken(tenant, checkpoint["seq"].toInt(), "checkpoint_mismatch");
    }

    void auditorsCheckpointCatchesWhatTheDatabaseNoLongerShows()
    {
        const auto tenant = chain("tamper-auditor");
        const auto kept = signNow(tenant);
        tamper("UPDATE audit_log SET action = 'auth.logout' WHERE tenant_id = $1 AND seq = 2; "
               "SELECT pg_temp.aih_rehash($1); DELETE FROM audit_checkpoints WHERE tenant_id = $1",
               tenant);
        QVERIFY(verify(tenant)["valid"].toBool());
        const auto query = "?checkpoint_seq=" + std::to_string(kept["seq"].toInt()) +
                           "&checkpoint_hash=" + kept["head_hash"].toString().toStdString();
        const auto report = verify(tenant, query);
        QVERIFY(!report["valid"].toBool());
        QCOMPARE(report["first_broken"].toObject()["reason"].toString(), QString("checkpoint_mismatch"));
        // A checkpoint beyond the end means entries after it were cut off.
        const auto beyond = verify(tenant, "?checkpoint_seq=9999&checkpoint_hash=" + std::string(64, 'a'));
        QCOMPARE(beyond["first_broken"].toObject()["reason"].toString(), QString("truncated"));
    }

    void forgedCheckpointIsFound()
    {
        const auto tenant = chain("tamper-forge");
        tamper("INSERT INTO audit_checkpoints (tenant_id, seq, head_hash, signed_at, key_id, signature) "
               "SELECT $1, 2, hash, now(), 'forged', decode(repeat('ab', 64), 'hex') FROM audit_log "
               "WHERE tenant_id = $1 AND seq = 2",
               tenant);
        expectBroken(tenant, 2, "checkpoint_signature_invalid");
    }

    void checkpointsVerifyWithThePublishedKey()
    {
        const auto tenant = chain("tamper-signature");
        const auto key = client().get("/api/enterprise/audit-logs/signing-key");
        QCOMPARE(key.status, 200);
        QCOMPARE(key.json()["algorithm"].toString(), QString("Ed25519"));
        const auto publicKey = QByteArray::fromBase64(key.json()["public_key"].toString().toUtf8());
        QCOMPARE(publicKey.size(), 32);
        const auto checkpoint = signNow(tenant);
        const auto message = checkpoint["signed_message"].toString().toUtf8();
        const auto signature = QByteArray::fromBase64(checkpoint["signature"].toString().toUtf8());
        QCOMPARE(checkpoint["key_id"].toString(), key.json()["key_id"].toString());
        QVERIFY(message.contains("tenant_id=" + tenant.id.toUtf8() + "\n"));
        QVERIFY(message.contains("head_hash=" + checkpoint["head_hash"].toString().toUtf8() + "\n"));
        const auto check = [&](const QByteArray& text) {
            return crypto_sign_verify_detached(
                       reinterpret_cast<const unsigned char*>(signature.constData()),
                       reinterpret_cast<const unsigned char*>(text.constData()),
                       static_cast<unsigned long long>(text.size()),
                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
        };
        QVERIFY(check(message));
        QVERIFY(!check(QByteArray(message).replace("seq=", "seq=1")));
        const auto listed =
            client().get("/api/enterprise/audit-logs/checkpoints", bearer(tenant.accessToken));
        QCOMPARE(listed.json()["data"].toArray().first().toObject().value("signature").toString(),
                 checkpoint.value("signature").toString());
    }

    void appRoleCannotChangeOrRemoveEntries_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update") << "UPDATE audit_log SET action = 'auth.logout'";
        QTest::newRow("delete") << "DELETE FROM audit_log";
        QTest::newRow("truncate") << "TRUNCATE audit_log";
        QTest::newRow("update checkpoint") << "UPDATE audit_checkpoints SET seq = seq + 1";
        QTest::newRow("delete checkpoint") << "DELETE FROM audit_checkpoints";
        QTest::newRow("delete purge record") << "DELETE FROM audit_purges";
        QTest::newRow("delete subject key") << "DELETE FROM audit_subject_keys";
    }

    void appRoleCannotChangeOrRemoveEntries()
    {
        QFETCH(QString, statement);
        const auto tenant = sharedChain();
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL ROLE aih_app");
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", tenant.id.toStdString());
        QVERIFY_THROWS_EXCEPTION(pqxx::insufficient_privilege, tx.exec(statement.toStdString()));
    }

    void appendOnlyTriggerStopsEvenTheOwner_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update") << "UPDATE audit_log SET action = 'auth.logout' WHERE tenant_id = $1";
        QTest::newRow("delete") << "DELETE FROM audit_log WHERE tenant_id = $1";
        QTest::newRow("truncate") << "TRUNCATE audit_log";
        QTest::newRow("update checkpoint") << "UPDATE audit_checkpoints SET seq = seq WHERE tenant_id = $1";
    }

    void appendOnlyTriggerStopsEvenTheOwner()
    {
        QFETCH(QString, statement);
        const auto tenant = sharedChain();
        signNow(tenant);
        pqxx::work tx(*owner);
        const auto sql = statement.toStdString();
        QVERIFY_THROWS_EXCEPTION(pqxx::insufficient_privilege,
                                 sql.find("$1") == std::string::npos
                                     ? tx.exec(sql)
                                     : tx.exec_params(sql, tenant.id.toStdString()));
    }

    void appRoleSeesOnlyItsTenantsEntries()
    {
        const auto a = sharedChain();
        const auto b = chain("tamper-rls-b");
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL ROLE aih_app");
        QCOMPARE(tx.exec("SELECT count(*) FROM audit_log")[0][0].as<int>(), 0);
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", a.id.toStdString());
        const auto tenants = tx.exec("SELECT DISTINCT tenant_id::text FROM audit_log");
        QCOMPARE(tenants.size(), pqxx::result::size_type(1));
        QCOMPARE(QString::fromStdString(tenants[0][0].as<std::string>()), a.id);
        QCOMPARE(tx.exec_params("SELECT count(*) FROM audit_subject_keys WHERE tenant_id = $1",
                                b.id.toStdString())[0][0]
                     .as<int>(),
                 0);
        QVERIFY_THROWS_EXCEPTION(
            pqxx::sql_error,
            tx.exec_params(
                "INSERT INTO audit_log (tenant_id, seq, id, occurred_at, action, actor_type, success, "
                "prev_hash, hash) VALUES ($1, 999, gen_random_uuid(), now(), 'auth.login', 'anonymous', "
                "true, decode(repeat('00', 32), 'hex'), decode(repeat('00', 32), 'hex'))",
                b.id.toStdString()));
    }

    void appRoleCannotPurgeWithoutATenant()
    {
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL ROLE aih_app");
        QVERIFY_THROWS_EXCEPTION(pqxx::sql_error, tx.exec("SELECT * FROM aih_audit_purge()"));
    }

    void appRoleCannotPurgeFreshEntriesEvenWithATenant()
    {
        const auto tenant = sharedChain();
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL ROLE aih_app");
        tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", tenant.id.toStdString());
        const auto before = tx.exec("SELECT count(*) FROM audit_log")[0][0].as<int>();
        QVERIFY(tx.exec("SELECT * FROM aih_audit_purge()").empty());
        QCOMPARE(tx.exec("SELECT count(*) FROM audit_log")[0][0].as<int>(), before);
    }

    void badVerifyParametersAreRejected_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("seq only") << "checkpoint_seq=3";
        QTest::newRow("hash only") << "checkpoint_hash=" + QString(64, 'a');
        QTest::newRow("short hash") << "checkpoint_seq=3&checkpoint_hash=abcd";
        QTest::newRow("not hex") << "checkpoint_seq=3&checkpoint_hash=" + QString(64, 'z');
        QTest::newRow("zero seq") << "checkpoint_seq=0&checkpoint_hash=" + QString(64, 'a');
        QTest::newRow("negative seq") << "checkpoint_seq=-1&checkpoint_hash=" + QString(64, 'a');
    }

    void badVerifyParametersAreRejected()
    {
        QFETCH(QString, query);
        const auto tenant = sharedChain();
        const auto response = client().get("/api/enterprise/audit-logs/verify?" + query.toStdString(),
                                           bearer(tenant.accessToken));
        QCOMPARE(response.status, 422);
        QCOMPARE(response.code(), QString("validation_failed"));
    }

private:
    HttpClient& client() { return *live->client; }

    /// A tenant with a few entries: creation, sign-in, three users.
    TenantFixture chain(const QString& slug)
    {
        auto tenant = createTenant(client(), slug);
        for (int i = 0; i < 3; ++i) {
            const auto created = client().post("/api/enterprise/admin/users",
                                               {{"email", QString("member%1@%2.example").arg(i).arg(slug)}},
                                               bearer(tenant.accessToken));
            if (created.status != 201) {
                throw std::runtime_error("creating a user failed");
            }
        }
        return tenant;
    }

    const TenantFixture& sharedChain()
    {
        if (!shared) {
            shared = std::make_unique<TenantFixture>(chain("tamper-shared"));
        }
        return *shared;
    }

    /// Runs SQL as the owner with triggers off, as an intruder with the owner's password could.
    void tamper(const std::string& sql, const TenantFixture& tenant)
    {
        pqxx::work tx(*owner);
        tx.exec("SET LOCAL session_replication_role = replica");
        std::string statement = sql;
        for (auto at = statement.find("$1"); at != std::string::npos; at = statement.find("$1")) {
            statement.replace(at, 2, tx.quote(tenant.id.toStdString()) + "::uuid");
        }
        tx.exec(statement);
        tx.commit();
    }

    QJsonObject signNow(const TenantFixture& tenant)
    {
        const auto response =
            client().post("/api/enterprise/audit-logs/checkpoints", {}, bearer(tenant.accessToken));
        if (response.status != 201) {
            throw std::runtime_error("signing a checkpoint failed: " + response.body.toStdString());
        }
        return response.json();
    }

    QJsonObject verify(const TenantFixture& tenant, const std::string& query = {})
    {
        const auto response =
            client().get("/api/enterprise/audit-logs/verify" + query, bearer(tenant.accessToken));
        if (response.status != 200) {
            throw std::runtime_error("verify failed: " + response.body.toStdString());
        }
        return response.json();
    }

    void expectBroken(const TenantFixture& tenant, int seq, const QString& reason)
    {
        const auto report = verify(tenant);
        QVERIFY2(!report["valid"].toBool(), QJsonDocument(report).toJson().constData());
        const auto broken = report["first_broken"].toObject();
        QCOMPARE(broken["reason"].toString(), reason);
        QCOMPARE(broken["seq"].toInt(), seq);
    }

    std::unique_ptr<LiveServer> live;
    std::unique_ptr<pqxx::connection> owner;
    std::unique_ptr<TenantFixture> shared;
};

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "TestAuditTamper.moc"
