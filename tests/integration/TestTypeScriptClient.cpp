// SPDX-License-Identifier: Apache-2.0
// The TypeScript client generated from the OpenAPI document (clients/typescript, @aih/client)
// against a real aihd: its smoke test (`npm test`: tsc, then plain node) signs a tenant admin in,
// creates an API key and reads the content API through a second client that has only the key.
// It must pass, and must fail when given a wrong password, so a smoke test that stopped checking
// anything would be caught here.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

using namespace aih::test;

namespace {

const QString clientDir = QStringLiteral(AIH_TYPESCRIPT_CLIENT);

struct Run
{
    int exitCode = -1;
    QString output; ///< stdout and stderr together
};

} // namespace

class TestTypeScriptClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // CI installs the packages (scripts/check-generated runs scripts/generate-clients, which
        // runs `npm ci`); a missing install is a failure to fix, not a reason to skip.
        for (const auto* needed : {"node_modules/.bin/tsc", "node_modules/openapi-fetch/package.json"}) {
            QVERIFY2(
                QFile::exists(QDir(clientDir).filePath(needed)),
                qPrintable(clientDir + " has no " + needed +
                           "; run scripts/generate-clients (it installs the pinned packages with npm ci)"));
        }
        live = std::make_unique<LiveServer>();
        tenant = createTenant(client(), "typescript-co", "basic");
        QVERIFY(!tenant.accessToken.isEmpty());
    }

    void smokeTestPassesAgainstALiveServer()
    {
        const auto result = smoke(tenant.adminPassword);
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(result.output.contains("GET /api/gurus/spiritual with the key"), qPrintable(result.output));
        QVERIFY2(result.output.contains("smoke: all "), qPrintable(result.output));
    }

    void smokeTestFailsOnAWrongPassword()
    {
        const auto result = smoke(tenant.adminPassword + "-not-it");
        QVERIFY2(result.exitCode > 0, qPrintable(result.output));
        // It failed where it should, on the sign-in's problem document, not on the way there.
        QVERIFY2(result.output.contains("not ok 1 - sign-in as " + tenant.adminEmail),
                 qPrintable(result.output));
        QVERIFY2(result.output.contains("invalid_credentials"), qPrintable(result.output));
    }

private:
    const HttpClient& client() const { return *live->client; }

    /// `npm test` in clients/typescript, against this server as the tenant's admin.
    Run smoke(const QString& password) const
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("AIH_BASE_URL", "http://127.0.0.1:" + QString::number(live->server->port()));
        env.insert("AIH_TENANT", tenant.slug);
        env.insert("AIH_EMAIL", tenant.adminEmail);
        env.insert("AIH_PASSWORD", password);
        env.insert("NO_COLOR", "1");
        env.insert("npm_config_update_notifier", "false");
        env.insert("npm_config_fund", "false");
        QProcess process;
        process.setWorkingDirectory(clientDir);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start("npm", {"test"});
        if (!process.waitForStarted()) {
            return {-1, "could not start npm (scripts/install-deps installs it): " + process.errorString()};
        }
        if (!process.waitForFinished(180'000)) {
            process.kill();
            process.waitForFinished();
            return {-1, "timed out: npm test in " + clientDir + "\n" + QString::fromUtf8(process.readAll())};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestTypeScriptClient)
#include "TestTypeScriptClient.moc"
