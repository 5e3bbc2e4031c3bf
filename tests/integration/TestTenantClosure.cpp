// SPDX-License-Identifier: Apache-2.0
// Closing a tenant (POST /api/enterprise/platform/tenants/{id}/close): it is suspended at once,
// its whole archive (every table, the readable audit trail, brand images) is written and can be
// downloaded as a zip that Python's zipfile reads, credentials never in it; after the grace
// period its data is deleted, its audit subject keys destroyed, what must stay (the chain, billing
// records) stays and the archive expires; another tenant is untouched; reactivating during the
// grace cancels the closing and deletes its archive; and only the operator may close, never the
// platform tenant.
#include "ApiHelpers.h"
#include "BillingHelpers.h"
#include "FakeStripe.h"
#include "Multipart.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TestImages.h"
#include "Wait.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QtTest>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <set>
#include <sys/file.h>
#include <unistd.h>

using namespace aih::test;

namespace {

const std::string uploadPath = "/api/customization/branding/upload";

std::string closePath(const QString& id)
{
    return "/api/enterprise/platform/tenants/" + id.toStdString() + "/close";
}

std::string archivePath(const QString& id)
{
    return "/api/enterprise/platform/tenants/" + id.toStdString() + "/archive";
}

std::string tenantPath(const QString& id)
{
    return "/api/enterprise/tenants/" + id.toStdString();
}

/// The zip's entries as Python's zipfile reads them: text entries whole, others by SHA-256.
QJsonObject unzip(const QByteArray& zip)
{
    QTemporaryFile file;
    if (!file.open()) {
        return {};
    }
    file.write(zip);
    file.flush();
    QProcess python;
    python.start("python3", {"-c", R"py(
import hashlib, json, sys, zipfile
out = {}
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    for name in z.namelist():
        data = z.read(name)
        out[name] = data.decode() if not name.startswith("assets/") else hashlib.sha256(data).hexdigest()
print(json.dumps(out))
)py",
                             file.fileName()});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QList<QJsonObject> jsonLines(const QString& text)
{
    QList<QJsonObject> rows;
    for (const auto& line : text.split('\n', Qt::SkipEmptyParts)) {
        rows.append(QJsonDocument::fromJson(line.toUtf8()).object());
    }
    return rows;
}

} // namespace

class TestTenantClosure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto env = ServerProcess::defaultEnvironment(database.url());
        for (const auto& [name, value] : stripe.environment()) {
            env[name] = value;
        }
        env["AIH_TENANT_DELETION_SWEEP_MS"] = "200";
        // A deleted tenant's archive expires at the sweep after the deletion.
        env["AIH_TENANT_ARCHIVE_KEEP_DAYS"] = "0";
        // Scratch directories as a process killed while writing an archive leaves them (its lock
        // let go by the kernel), and as a running one holds them (locked here).
        const auto temp = std::filesystem::temp_directory_path();
        const auto abandoned = temp / "aih-archive-Ab3dEf";
        const auto held = temp / "aih-archive-Gh4iJk";
        std::filesystem::create_directories(abandoned);
        std::ofstream(abandoned / "lock");
        std::ofstream(abandoned / "entry") << "personal data in clear";
        std::filesystem::create_directories(held);
        const int holding = ::open((held / "lock").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
        QVERIFY(holding >= 0 && ::flock(holding, LOCK_EX) == 0);

        server = std::make_unique<ServerProcess>(env);
        QVERIFY2(server->start(), qPrintable(server->log()));
        // Started, aihd removed the dead process's leftovers and nothing of a live one's.
        QVERIFY(!std::filesystem::exists(abandoned));
        QVERIFY(std::filesystem::exists(held));
        std::filesystem::remove_all(held);
        ::close(holding);
        client_ = std::make_unique<HttpClient>(server->port());
        owner = std::make_unique<pqxx::connection>(database.url());
    }

    void closingSuspendsAtOnceAndArchivesTheWholeTenant()
    {
        const auto tenant = createTenant(client(), "closing-co", "pro");
        const auto member = createUserAndLogin(client(), tenant, "mia@closing.example", "user");
        QCOMPARE(member.response.status, 200);
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "ci deploy"}});
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 200);
        const auto logo = encodedImage(64, 32, "PNG");
        const auto form = Multipart().field("kind", "logo").file("file", "logo.png", "image/png", logo);
        const auto uploaded =
            client().request("POST", uploadPath, form.body(), bearer(tenant.accessToken), form.contentType());
        QCOMPARE(uploaded.status, 201);

        const auto closed = client().post(closePath(tenant.id), {{"grace_days", 30}}, operatorAuth());
        QCOMPARE(closed.status, 200);
        const auto shown = closed.json()["tenant"].toObject();
        QCOMPARE(shown["status"].toString(), QString("closing"));
        QVERIFY(!shown["closed_at"].toString().isEmpty());
        QVERIFY(!shown["suspended_at"].toString().isEmpty());
        const auto deleteAfter = QDateTime::fromString(shown["delete_after"].toString(), Qt::ISODate);
        const auto closedAt = QDateTime::fromString(shown["closed_at"].toString(), Qt::ISODate);
        QCOMPARE(closedAt.daysTo(deleteAfter), 30);

        // Suspended at once: the key and the members' sign-ins are refused.
        const auto refused = client().get("/api/gurus", apiKey(key.key));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), QString("tenant_suspended"));
        QCOMPARE(login(client(), tenant.slug, "mia@closing.example", "password-for-mia@closing.example")
                     .response.status,
                 403);

        // The archive: what the response announced, byte for byte.
        const auto announced = closed.json()["archive"].toObject();
        const auto download = client().get(archivePath(tenant.id), operatorAuth());
        QCOMPARE(download.status, 200);
        QCOMPARE(download.header("Content-Type"), QString("application/zip"));
        const auto digest =
            QString(QCryptographicHash::hash(download.body, QCryptographicHash::Sha256).toHex());
        QCOMPARE(digest, announced["sha256"].toString());
        QCOMPARE(download.header("X-Archive-SHA256"), digest);
        QCOMPARE(download.body.size(), announced["byte_size"].toInteger());
        QVERIFY(download.header("Content-Disposition").contains("closing-co-archive.zip"));

        const auto files = unzip(download.body);
        QVERIFY2(!files.isEmpty(), "python3's zipfile could not read the archive");
        const auto users = jsonLines(files["tables/users.jsonl"].toString());
        QCOMPARE(users.size(), 2);
        QStringList emails;
        for (const auto& user : users) {
            emails << user["email"].toString();
            QVERIFY2(!user.contains("password_hash"), "a password hash is in the archive");
        }
        QVERIFY(emails.contains("mia@closing.example"));
        const auto keys = jsonLines(files["tables/api_keys.jsonl"].toString());
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0]["name"].toString(), QString("ci deploy"));
        QVERIFY(!keys[0].contains("secret_hash"));
        QVERIFY(!files["tables/api_keys.jsonl"].toString().contains(key.key.section('_', -1)));
        // No credential in any row of any table, whatever it is called there.
        const QStringList hidden{"password_hash", "token_hash",      "secret_hash",   "previous_secret_hash",
                                 "secret",        "previous_secret", "client_secret", "code_hash",
                                 "state_hash",    "handoff_hash",    "wrapped_key",   "content"};
        for (const auto& name : files.keys()) {
            if (!name.startsWith("tables/")) {
                continue;
            }
            for (const auto& row : jsonLines(files[name].toString())) {
                for (const auto& column : hidden) {
                    QVERIFY2(!row.contains(column), qPrintable(name + " has " + column));
                }
            }
        }
        const auto tenants = jsonLines(files["tables/tenants.jsonl"].toString());
        QCOMPARE(tenants.size(), 1);
        QCOMPARE(tenants[0]["slug"].toString(), QString("closing-co"));
        // The readable trail: the member's creation names them, and the closing is in it.
        const auto trail = files["audit/entries.jsonl"].toString();
        QVERIFY(trail.contains("mia@closing.example"));
        QVERIFY(trail.contains("\"tenant.closed\""));
        QCOMPARE(files["assets/" +
                       QString(QCryptographicHash::hash(logo, QCryptographicHash::Sha256).toHex()) + ".png"]
                     .toString(),
                 QString(QCryptographicHash::hash(logo, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!files.contains("tables/refresh_tokens.jsonl"));
        QVERIFY(!files.contains("tables/mail_outbox.jsonl"));
        const auto manifest = QJsonDocument::fromJson(files["manifest.json"].toString().toUtf8()).object();
        QCOMPARE(manifest["tenant_id"].toString(), tenant.id);
        QCOMPARE(manifest, announced["manifest"].toObject());
        QCOMPARE(manifest["assets"].toInt(), 1);
        QVERIFY(QDateTime::fromString(manifest["snapshot_at"].toString(), Qt::ISODate).isValid());

        // Audited in the tenant's chain: the closing and the archive with its digest.
        QCOMPARE(auditEntryCount(tenant.id, "tenant.closed"), 1);
        QCOMPARE(auditEntryCount(tenant.id, "tenant.archived"), 1);
        // Reading the archive is recorded too: it holds the tenant's personal data.
        QCOMPARE(auditEntryCount(tenant.id, "tenant.archive_downloaded"), 1);
        // Asking only for its headers (size, digest) reads nothing of it and records nothing.
        const auto head = client().request(
            "HEAD", "/api/enterprise/platform/tenants/" + tenant.id.toStdString() + "/archive", {},
            operatorAuth());
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("X-Archive-SHA256"), announced["sha256"].toString());
        QVERIFY(head.body.isEmpty());
        QCOMPARE(auditEntryCount(tenant.id, "tenant.archive_downloaded"), 1);
    }

    void closingEndsTheStripeSubscriptionFirst()
    {
        const auto tenant = createTenant(client(), "paying-co", "free");
        const auto sub = subscribe(client(), stripe, tenant, "pro", unixNow() - 100);
        QCOMPARE(tierOf(client(), tenant), QString("pro"));
        const auto deletePath = "/v1/subscriptions/" + sub.subscriptionId.toStdString();

        // Stripe unreachable: nothing is closed, and the operator is told to retry.
        stripe.failNext(3, 503);
        const auto refused = client().post(closePath(tenant.id), {{"grace_days", 30}}, operatorAuth());
        QCOMPARE(refused.status, 503);
        QCOMPARE(client().get(tenantPath(tenant.id), operatorAuth()).json()["status"].toString(),
                 QString("active"));
        QCOMPARE(auditEntryCount(tenant.id, "tenant.closed"), 0LL);

        stripe.clearRequests();
        const auto closed = client().post(closePath(tenant.id), {{"grace_days", 30}}, operatorAuth());
        QCOMPARE(closed.status, 200);
        QCOMPARE(stripe.requestsTo("DELETE", deletePath).size(), std::size_t{1});
        QCOMPARE(historyCount(database.url(), tenant, "billing.subscription_canceled"), 1);
        QCOMPARE(auditEntryCount(tenant.id, "billing.subscription_canceled"), 1LL);
        QVERIFY(stripe.violations().isEmpty());

        // Retried (a client that lost the answer): Stripe is not asked again.
        QCOMPARE(client().post(closePath(tenant.id), {{"grace_days", 30}}, operatorAuth()).status, 409);
        QCOMPARE(stripe.requestsTo("DELETE", deletePath).size(), std::size_t{1});
        QCOMPARE(client().get(tenantPath(tenant.id), operatorAuth()).json()["subscription_status"].toString(),
                 QString("canceled"));
        // Stripe's own notice of the end then moves the tier, as every tier change does.
        const auto ended = deliverEvent(
            client(), subscriptionEvent("customer.subscription.deleted", unixNow(), sub, "canceled", "pro"));
        QCOMPARE(ended.status, 200);
        QCOMPARE(client().get(tenantPath(tenant.id), operatorAuth()).json()["subscription_tier"].toString(),
                 QString("free"));

        // Closed again after a reactivation: the subscription has ended, Stripe is not asked.
        QCOMPARE(client().patch(tenantPath(tenant.id), {{"status", "active"}}, operatorAuth()).status, 200);
        stripe.clearRequests();
        QCOMPARE(client().post(closePath(tenant.id), {{"grace_days", 30}}, operatorAuth()).status, 200);
        QVERIFY(stripe.requestsTo("DELETE", deletePath).empty());
    }

    void everyTableWithTenantRowsIsArchivedOrLeftOutWithAReason()
    {
        const auto tenant = createTenant(client(), "manifest-co");
        const auto closed = client().post(closePath(tenant.id), {}, operatorAuth());
        QCOMPARE(closed.status, 200);
        const auto manifest = closed.json()["archive"].toObject()["manifest"].toObject();
        std::set<std::string> covered;
        for (const auto& table : manifest["tables"].toArray()) {
            covered.insert(table.toObject()["name"].toString().toStdString());
        }
        for (const auto& table : manifest["tables_left_out"].toArray()) {
            QVERIFY(!table.toObject()["reason"].toString().isEmpty());
            covered.insert(table.toObject()["name"].toString().toStdString());
        }
        pqxx::nontransaction tx(*owner);
        for (const auto& row : tx.exec("SELECT table_name FROM information_schema.columns "
                                       "WHERE table_schema = 'public' AND column_name = 'tenant_id' "
                                       "AND table_name IN (SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = 'public' AND table_type = 'BASE TABLE')")) {
            const auto name = row[0].as<std::string>();
            QVERIFY2(covered.count(name) == 1, ("not in the archive's manifest: " + name).c_str());
        }
        QVERIFY(covered.count("tenants") == 1);
    }

    void onlyTheOperatorClosesAndNeverThePlatformTenant()
    {
        const auto target = createTenant(client(), "target-co");
        const auto other = createTenant(client(), "other-admin-co");
        const auto byOtherAdmin = client().post(closePath(target.id), {}, bearer(other.accessToken));
        QCOMPARE(byOtherAdmin.status, 403);
        const auto byOwnAdmin = client().post(closePath(target.id), {}, bearer(target.accessToken));
        QCOMPARE(byOwnAdmin.status, 403);
        QCOMPARE(client().get(archivePath(target.id), bearer(target.accessToken)).status, 403);
        QCOMPARE(client().get(tenantPath(target.id), bearer(target.accessToken)).json()["status"].toString(),
                 QString("active"));

        const auto platform =
            client().post(closePath("00000000-0000-4000-8000-00000000a1b0"), {}, operatorAuth());
        QCOMPARE(platform.status, 409);
        // The same id in capitals is the same tenant, and as refused.
        QCOMPARE(client().post(closePath("00000000-0000-4000-8000-00000000A1B0"), {}, operatorAuth()).status,
                 409);
        QCOMPARE(client()
                     .patch(tenantPath("00000000-0000-4000-8000-00000000A1B0"), {{"status", "suspended"}},
                            operatorAuth())
                     .status,
                 409);
        QCOMPARE(client().post(closePath("5b0c6a1e-0000-4000-8000-000000000000"), {}, operatorAuth()).status,
                 404);
        const auto badGrace = client().post(closePath(target.id), {{"grace_days", 400}}, operatorAuth());
        QCOMPARE(badGrace.status, 422);
        QCOMPARE(client().post(closePath(target.id), {{"grace_days", "soon"}}, operatorAuth()).status, 422);
        QCOMPARE(client().get(archivePath(target.id), operatorAuth()).status, 404); // never closed

        QCOMPARE(client().post(closePath(target.id), {}, operatorAuth()).status, 200);
        const auto again = client().post(closePath(target.id), {}, operatorAuth());
        QCOMPARE(again.status, 409);
    }

    void reactivatingDuringTheGraceCancelsTheClosing()
    {
        const auto tenant = createTenant(client(), "regret-co", "basic");
        const auto key = createApiKey(client(), tenant.accessToken, {{"name", "kept"}});
        QCOMPARE(client().post(closePath(tenant.id), {{"grace_days", 1}}, operatorAuth()).status, 200);
        QCOMPARE(client().get("/api/gurus", apiKey(key.key)).status, 403);
        // While it closes, the tenant stays as its archive shows it: only a reactivation changes it.
        for (const auto& change :
             {QJsonObject{{"name", "Renamed"}}, QJsonObject{{"api_rate_limit", 5}},
              QJsonObject{{"status", "suspended"}}, QJsonObject{{"mfa_required", "everyone"}}}) {
            const auto refused = client().patch(tenantPath(tenant.id), change, operatorAuth());
            QCOMPARE(refused.status, 409);
            QCOMPARE(refused.code(), QString("conflict"));
        }
        QCOMPARE(client().get(tenantPath(tenant.id), operatorAuth()).json()["mfa_required"].toString(),
                 QString("none"));
        const auto reactivated =
            client().patch(tenantPath(tenant.id), {{"status", "active"}}, operatorAuth());
        QCOMPARE(reactivated.status, 200);
        QCOMPARE(reactivated.json()["status"].toString(), QString("active"));
        QVERIFY(reactivated.json()["closed_at"].isNull());
        QVERIFY(reactivated.json()["delete_after"].isNull());
        QVERIFY(waitUntil([&] { return client().get("/api/gurus", apiKey(key.key)).status == 200; }, 3000));
        QCOMPARE(auditEntryCount(tenant.id, "tenant.reactivated"), 1);
        // The cancelled closing's archive is gone: it held the tenant's data in clear.
        QCOMPARE(client().get(archivePath(tenant.id), operatorAuth()).status, 404);
        QCOMPARE(rowCount("tenant_archives", tenant.id), 0LL);
        QCOMPARE(rowCount("tenant_archive_chunks", tenant.id), 0LL);

        // Closed again later, the new archive has what changed since: never the old one.
        QCOMPARE(createUserAndLogin(client(), tenant, "newcomer@regret.example", "user").response.status,
                 200);
        const auto again = client().post(closePath(tenant.id), {{"grace_days", 1}}, operatorAuth());
        QCOMPARE(again.status, 200);
        const auto files = unzip(client().get(archivePath(tenant.id), operatorAuth()).body);
        QVERIFY(files["tables/users.jsonl"].toString().contains("newcomer@regret.example"));
        QCOMPARE(auditEntryCount(tenant.id, "tenant.archived"), 2);
    }

    void afterTheGraceItsDataIsDeletedAndItsAuditDataShredded()
    {
        const auto bystander = createTenant(client(), "bystander-co", "basic");
        const auto bystanderKey = createApiKey(client(), bystander.accessToken, {{"name", "still here"}});
        const auto tenant = createTenant(client(), "leaving-co", "enterprise");
        QCOMPARE(createUserAndLogin(client(), tenant, "lea@leaving.example", "user").response.status, 200);
        QCOMPARE(createApiKey(client(), tenant.accessToken, {{"name", "gone"}}).response.status, 201);
        // Rows in more of the tables the deletion must empty, children before parents.
        QCOMPARE(client()
                     .post("/api/enterprise/admin/invitations",
                           {{"email", "ivy@leaving.example"}, {"role", "user"}}, bearer(tenant.accessToken))
                     .status,
                 201);
        QCOMPARE(client()
                     .request("PUT", "/api/customization/domain", R"({"domain":"portal.leaving.example"})",
                              bearer(tenant.accessToken))
                     .status,
                 200);
        const auto theme = client().request("PUT", "/api/customization/customization",
                                            R"({"company_name":"Leaving Co"})", bearer(tenant.accessToken));
        QVERIFY2(theme.status == 200, theme.body.constData());
        const auto entriesBefore = rowCount("audit_log", tenant.id);
        QVERIFY(entriesBefore > 0);

        QCOMPARE(client().post(closePath(tenant.id), {{"grace_days", 0}}, operatorAuth()).status, 200);
        QVERIFY(waitUntil(
            [&] {
                return client().get(tenantPath(tenant.id), operatorAuth()).json()["status"].toString() ==
                       "deleted";
            },
            10000));
        const auto shown = client().get(tenantPath(tenant.id), operatorAuth()).json();
        QVERIFY(!shown["deleted_at"].toString().isEmpty());

        // Everything of the tenant's is gone but what must stay.
        const std::set<std::string> kept{"audit_log",           "audit_checkpoints", "audit_purges",
                                         "audit_subject_keys",  "billing_history",   "stripe_events",
                                         "tenant_tier_history", "tenant_archives",   "tenant_archive_chunks"};
        std::vector<std::string> tables;
        {
            pqxx::nontransaction tx(*owner);
            for (const auto& row :
                 tx.exec("SELECT c.table_name FROM information_schema.columns c "
                         "JOIN information_schema.tables t USING (table_schema, table_name) "
                         "WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' "
                         "AND t.table_type = 'BASE TABLE'")) {
                tables.push_back(row[0].as<std::string>());
            }
        }
        for (const auto& table : tables) {
            if (kept.count(table) == 0) {
                QVERIFY2(rowCount(table, tenant.id) == 0, ("rows left in " + table).c_str());
            }
        }
        // The chain stays, every subject key destroyed, with four more entries: closed, archived,
        // deleted, and the archive expired (kept 0 days here, so at this sweep or the next).
        QVERIFY(waitUntil([&] { return rowCount("audit_log", tenant.id) == entriesBefore + 4; }, 5000));
        QVERIFY(rowCount("audit_subject_keys", tenant.id) > 0);
        {
            pqxx::nontransaction tx(*owner);
            QCOMPARE(tx.exec1("SELECT count(*) FROM audit_subject_keys WHERE tenant_id = " +
                              tx.quote(tenant.id.toStdString()) + " AND wrapped_key IS NOT NULL")[0]
                         .as<long long>(),
                     0LL);
        }
        QCOMPARE(auditEntryCount(tenant.id, "tenant.deleted"), 1);
        // The archive expired with the deletion (AIH_TENANT_ARCHIVE_KEEP_DAYS=0 here); the other
        // tenant never noticed.
        QVERIFY(waitUntil([&] { return rowCount("tenant_archives", tenant.id) == 0; }, 5000));
        QCOMPARE(auditEntryCount(tenant.id, "tenant.archive_expired"), 1);
        QCOMPARE(rowCount("tenant_archive_chunks", tenant.id), 0LL);
        QCOMPARE(client().get(archivePath(tenant.id), operatorAuth()).status, 404);
        QCOMPARE(client().get("/api/gurus", apiKey(bystanderKey.key)).status, 200);
        QVERIFY(rowCount("users", bystander.id) == 1);
        // A deleted tenant cannot be reactivated or closed again.
        QCOMPARE(client().patch(tenantPath(tenant.id), {{"status", "active"}}, operatorAuth()).status, 409);
        QCOMPARE(client().post(closePath(tenant.id), {}, operatorAuth()).status, 409);
    }

    void aClosingWhoseArchiveWasLostDeletesNothingUntilClosedAgain()
    {
        const auto tenant = createTenant(client(), "crashed-co");
        // What aihd leaves when it dies between the closing's commit and the archive's: closed,
        // due at once, no archive.
        {
            pqxx::nontransaction tx(*owner);
            tx.exec0("UPDATE tenants SET suspended_at = now(), closed_at = now(), delete_after = now() "
                     "WHERE id = " +
                     tx.quote(tenant.id.toStdString()));
        }
        QTest::qWait(1000); // five sweeps
        QCOMPARE(rowCount("users", tenant.id), 1LL);
        QCOMPARE(client().get(tenantPath(tenant.id), operatorAuth()).json()["status"].toString(),
                 QString("closing"));
        QCOMPARE(client().get(archivePath(tenant.id), operatorAuth()).status, 404);

        // Closing again writes the archive (the closing itself stands), and then the grace, already
        // over, lets the sweeper delete.
        const auto again = client().post(closePath(tenant.id), {}, operatorAuth());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()["archive"].toObject()["manifest"].toObject()["tenant_id"].toString(),
                 tenant.id);
        QCOMPARE(auditEntryCount(tenant.id, "tenant.closed"), 0LL);
        QCOMPARE(auditEntryCount(tenant.id, "tenant.archived"), 1LL);
        QVERIFY(waitUntil(
            [&] {
                return client().get(tenantPath(tenant.id), operatorAuth()).json()["status"].toString() ==
                       "deleted";
            },
            10000));
        QCOMPARE(rowCount("users", tenant.id), 0LL);
    }

    void cleanupTestCase()
    {
        owner.reset();
        server.reset();
    }

private:
    HttpClient& client() { return *client_; }

    long long rowCount(const std::string& table, const QString& tenantId)
    {
        pqxx::nontransaction tx(*owner);
        return tx
            .exec1("SELECT count(*) FROM " + tx.quote_name(table) +
                   " WHERE tenant_id = " + tx.quote(tenantId.toStdString()))[0]
            .as<long long>();
    }

    long long auditEntryCount(const QString& tenantId, const std::string& action)
    {
        pqxx::nontransaction tx(*owner);
        return tx
            .exec1("SELECT count(*) FROM audit_log WHERE tenant_id = " + tx.quote(tenantId.toStdString()) +
                   " AND action = " + tx.quote(action))[0]
            .as<long long>();
    }

    TestDatabase database;
    FakeStripe stripe;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client_;
    std::unique_ptr<pqxx::connection> owner;
};

QTEST_GUILESS_MAIN(TestTenantClosure)
#include "TestTenantClosure.moc"
