// SPDX-License-Identifier: Apache-2.0
// Remembered sign-ins through the real keychain and a real aihd: resume on the next run, sign
// out everywhere it matters, and resume offline from the cache when the server is gone.
#include "ApiHelpers.h"
#include "ConsoleHarness.h"
#include "LiveServer.h"
#include "features/users/UsersApi.h"

#include <QSignalSpy>

using namespace aih;
using namespace aih::test;
using console::Session;

class TestSessionKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        tenant = createTenant(*live->client, "console-session", "basic");
    }

    void rememberedSignInResumesOnTheNextRun()
    {
        ConsoleHarness firstRun;
        QVERIFY(firstRun.signIn(profile(), tenant.adminPassword, true));
        const auto token = firstRun.core().credentials().refreshToken();
        QVERIFY(QTest::qWaitFor([&] { return saved(firstRun) == token; }, 10000));

        ConsoleHarness nextRun(firstRun, 0);
        QSignalSpy signedIn(&nextRun.core().session(), &Session::signedIn);
        nextRun.core().session().resume(profile());
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(nextRun.core().session().state(), Session::State::SignedIn);
        QCOMPARE(nextRun.core().session().user().email, tenant.adminEmail);
        // The refresh rotated the token, and the keychain follows.
        QVERIFY(QTest::qWaitFor([&] { return saved(nextRun) == nextRun.core().credentials().refreshToken(); },
                                10000));
        QVERIFY(saved(nextRun) != token);
    }

    void signInNotRememberedLeavesNothingInTheKeychain()
    {
        ConsoleHarness console;
        QVERIFY(console.signIn(profile(), tenant.adminPassword, false));
        QTest::qWait(200);
        QVERIFY(readSaved(console).notFound);
        QVERIFY(console.core().credentialStore().accounts().isEmpty());
    }

    void resumeWithNothingSavedAsksForASignIn()
    {
        ConsoleHarness console;
        QSignalSpy unavailable(&console.core().session(), &Session::resumeUnavailable);
        console.core().session().resume(profile("nobody@console-session.example"));
        QVERIFY(unavailable.wait(20000));
        QVERIFY(unavailable.first().first().toString().isEmpty());
        QCOMPARE(console.core().session().state(), Session::State::SignedOut);
    }

    void signOutEndsTheServerSessionAndForgetsTheAccount()
    {
        ConsoleHarness console;
        QVERIFY(console.signIn(profile(), tenant.adminPassword, true));
        QVERIFY(await(console::UsersApi(console.core().api()).list()).value);
        const auto refreshToken = console.core().credentials().refreshToken();
        QVERIFY(QTest::qWaitFor([&] { return saved(console) == refreshToken; }, 10000));

        QSignalSpy signedOut(&console.core().session(), &Session::signedOut);
        console.core().session().signOut();
        QVERIFY(signedOut.wait(20000));
        QVERIFY(QTest::qWaitFor([&] { return readSaved(console).notFound; }, 10000));
        QVERIFY(!console.core().cache().load(profile().id(), "/api/enterprise/admin/users"));
        QVERIFY(console.core().credentials().accessToken().isEmpty());
        const auto reuse = live->client->post("/api/auth/refresh", {{"refresh_token", refreshToken}});
        QCOMPARE(reuse.status, 401);
    }

    void sessionEndedElsewhereIsNotResumed()
    {
        ConsoleHarness firstRun;
        QVERIFY(firstRun.signIn(profile(), tenant.adminPassword, true));
        const auto token = firstRun.core().credentials().refreshToken();
        QVERIFY(QTest::qWaitFor([&] { return saved(firstRun) == token; }, 10000));
        const auto logout =
            live->client->post("/api/auth/logout", {}, bearer(firstRun.core().credentials().accessToken()));
        QCOMPARE(logout.status, 204);

        ConsoleHarness nextRun(firstRun, 0);
        QSignalSpy unavailable(&nextRun.core().session(), &Session::resumeUnavailable);
        nextRun.core().session().resume(profile());
        QVERIFY(unavailable.wait(20000));
        QVERIFY(unavailable.first().first().toString().contains("sign in again"));
        QVERIFY(QTest::qWaitFor([&] { return readSaved(nextRun).notFound; }, 10000));
    }

    // Stops the server: keep this last.
    void resumeWithTheServerDownOpensOfflineFromTheCache()
    {
        ConsoleHarness firstRun;
        QVERIFY(firstRun.signIn(profile(), tenant.adminPassword, true));
        const auto users = await(console::UsersApi(firstRun.core().api()).list());
        QVERIFY(users.value);
        const auto token = firstRun.core().credentials().refreshToken();
        QVERIFY(QTest::qWaitFor([&] { return saved(firstRun) == token; }, 10000));
        QCOMPARE(live->server->terminate(), 0);

        ConsoleHarness nextRun(firstRun, 0);
        QSignalSpy signedIn(&nextRun.core().session(), &Session::signedIn);
        nextRun.core().session().resume(profile());
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(nextRun.core().session().state(), Session::State::Offline);
        QCOMPARE(nextRun.core().session().user().email, tenant.adminEmail);
        QCOMPARE(nextRun.core().session().tenant().slug, tenant.slug);
        const auto offline = await(console::UsersApi(nextRun.core().api()).list());
        QVERIFY(offline.value);
        QVERIFY(offline.freshness.stale);
        QCOMPARE(offline.value->size(), users.value->size());
        QCOMPARE(saved(nextRun), token);
    }

private:
    console::ServerProfile profile(const QString& email = {}) const
    {
        return ConsoleHarness::profile(live->server->port(), tenant.slug,
                                       email.isEmpty() ? tenant.adminEmail : email);
    }

    console::CredentialResult readSaved(ConsoleHarness& console) const
    {
        const auto id = profile().id();
        return awaitCredential([&](QObject* context, console::CredentialStore::Done done) {
            console.core().credentialStore().read(id, context, std::move(done));
        });
    }

    QString saved(ConsoleHarness& console) const { return readSaved(console).secret; }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestSessionKeychain)
#include "TestSessionKeychain.moc"
