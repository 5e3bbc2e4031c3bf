// SPDX-License-Identifier: Apache-2.0
// The documented backup and restore: pg_dump -Fc of a live, populated database, pg_restore into
// a fresh one, and an aihd on the restored database serves the same data: sign-in, API keys, and
// an audit chain that still verifies against a checkpoint taken before the backup.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace aih::test;

namespace {

/// Runs a PostgreSQL client tool to its end; its output on failure.
QString runTool(const QString& tool, const QStringList& args)
{
    const auto path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty()) {
        return tool + " is not installed";
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return tool + " failed: " + QString::fromUtf8(process.readAll());
    }
    return {};
}

QJsonObject verifyChain(const HttpClient& client, const QString& token, const std::string& query = "")
{
    return client.get("/api/enterprise/audit-logs/verify" + query, bearer(token)).json();
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private slots:
    void restoredDatabaseServesTheSameData()
    {
        LiveServer live;
        const auto& client = *live.client;
        const auto tenant = createTenant(client, "backup-co", "pro");
        const auto user = createUserAndLogin(client, tenant, "kept@backup-co.example", "manager");
        const auto key = createApiKey(client, tenant.accessToken, {{"name", "kept"}});
        QCOMPARE(key.response.status, 201);
        QCOMPARE(login(client, "backup-co", tenant.adminEmail, "not-the-password").response.status, 401);
        const auto checkpoint =
            client.post("/api/enterprise/audit-logs/checkpoints", {}, bearer(tenant.accessToken)).json();
        const auto before = verifyChain(client, tenant.accessToken);
        QVERIFY(before["valid"].toBool());

        // Taken from the running server, as a nightly backup would be.
        QTemporaryDir dir;
        const auto dump = dir.filePath("aih.dump");
        const auto dumped = runTool(
            "pg_dump", {"--format=custom", "--file", dump, QString::fromStdString(live.database.url())});
        QVERIFY2(dumped.isEmpty(), qPrintable(dumped));
        TestDatabase fresh;
        const auto restored =
            runTool("pg_restore", {"--exit-on-error", "--dbname", QString::fromStdString(fresh.url()), dump});
        QVERIFY2(restored.isEmpty(), qPrintable(restored));
        QCOMPARE(live.server->terminate(), 0);

        // Same SECRET_KEY, so tokens, key hashes, sealed audit fields and signatures all carry over.
        ServerProcess server(ServerProcess::defaultEnvironment(fresh.url()));
        QVERIFY2(server.start(), qPrintable(server.log()));
        HttpClient after(server.port());
        const auto admin = login(after, "backup-co", tenant.adminEmail, tenant.adminPassword);
        QCOMPARE(admin.response.status, 200);
        const auto manager =
            login(after, "backup-co", "kept@backup-co.example", "password-for-kept@backup-co.example");
        QCOMPARE(manager.response.status, 200);
        QCOMPARE(manager.userId, user.userId);
        QCOMPARE(after.get("/api/gurus", apiKey(key.key)).status, 200);
        QCOMPARE(after.get("/api/gurus", apiKey(key.key + "x")).status, 401);
        const auto users = after.get("/api/enterprise/admin/users", bearer(admin.accessToken)).json();
        QCOMPARE(users["data"].toArray().size(), 2);

        const auto report =
            verifyChain(after, admin.accessToken,
                        "?checkpoint_seq=" + std::to_string(checkpoint["seq"].toInt()) +
                            "&checkpoint_hash=" + checkpoint["head_hash"].toString().toStdString());
        QVERIFY2(report["valid"].toBool(), qPrintable(QJsonDocument(report).toJson()));
        QVERIFY(report["entries_checked"].toInt() > before["entries_checked"].toInt()); // + this sign-in
        QVERIFY(report["checkpoints_checked"].toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
