// SPDX-License-Identifier: Apache-2.0
// Refresh tokens in a real Secret Service (gnome-keyring in a private D-Bus session): stored
// per account, listed for sign-out, bounded in size, and never written anywhere in clear when
// no keychain is available.
#include "ConsoleHarness.h"
#include "core/credentials/CredentialStore.h"
#include "core/settings/Settings.h"

#include <QDirIterator>
#include <QProcess>
#include <QtTest>

using namespace aih::test;
using aih::console::CredentialResult;
using aih::console::CredentialStore;
using aih::console::Settings;

namespace {

const QString service = QStringLiteral("aih-console-credential-test");

CredentialResult write(CredentialStore& store, const QString& account, const QString& secret)
{
    return awaitCredential([&](QObject* context, CredentialStore::Done done) {
        store.write(account, secret, context, std::move(done));
    });
}

CredentialResult read(CredentialStore& store, const QString& account)
{
    return awaitCredential(
        [&](QObject* context, CredentialStore::Done done) { store.read(account, context, std::move(done)); });
}

CredentialResult remove(CredentialStore& store, const QString& account)
{
    return awaitCredential([&](QObject* context, CredentialStore::Done done) {
        store.remove(account, context, std::move(done));
    });
}

/// Child mode: try to store a secret with no Secret Service reachable.
int writeWithoutKeychain(const QString& secret)
{
    Settings settings(qEnvironmentVariable("HOME") + "/settings.ini");
    CredentialStore store(settings, service);
    const auto result = write(store, "https://aih.example.com|acme|ann@acme.example", secret);
    return result.ok ? 3 : 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void secretRoundTripsThroughTheKeychain()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("s.ini"));
        CredentialStore store(settings, service);
        const QString account = "http://127.0.0.1:1|acme|ann@acme.example";
        QVERIFY(write(store, account, "refresh-token-1").ok);
        QCOMPARE(read(store, account).secret, QString("refresh-token-1"));
        QVERIFY(write(store, account, "refresh-token-2").ok);
        QCOMPARE(read(store, account).secret, QString("refresh-token-2"));
        QCOMPARE(store.accounts(), QStringList{account});
        QVERIFY(remove(store, account).ok);
        const auto gone = read(store, account);
        QVERIFY(!gone.ok);
        QVERIFY(gone.notFound);
        QVERIFY(store.accounts().isEmpty());
    }

    void accountsAreKeptApart()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("s.ini"));
        CredentialStore store(settings, service);
        QVERIFY(write(store, "srv|acme|ann", "ann-secret").ok);
        QVERIFY(write(store, "srv|acme|bob", "bob-secret").ok);
        QVERIFY(write(store, "other-srv|acme|ann", "ann-elsewhere").ok);
        QCOMPARE(read(store, "srv|acme|ann").secret, QString("ann-secret"));
        QCOMPARE(read(store, "srv|acme|bob").secret, QString("bob-secret"));
        QCOMPARE(read(store, "other-srv|acme|ann").secret, QString("ann-elsewhere"));
        QVERIFY(read(store, "srv|other|ann").notFound);
    }

    void removeAllClearsEveryListedAccount()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("s.ini"));
        CredentialStore store(settings, service);
        QVERIFY(write(store, "a", "1").ok);
        QVERIFY(write(store, "b", "2").ok);
        const auto result = awaitCredential(
            [&](QObject* context, CredentialStore::Done done) { store.removeAll(context, std::move(done)); });
        QVERIFY(result.ok);
        QVERIFY(read(store, "a").notFound);
        QVERIFY(read(store, "b").notFound);
        QVERIFY(store.accounts().isEmpty());
    }

    void removingWhatIsNotThereSucceeds()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("s.ini"));
        CredentialStore store(settings, service);
        QVERIFY(remove(store, "never-stored").ok);
    }

    void oversizedSecretIsRefused()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("s.ini"));
        CredentialStore store(settings, service);
        const auto result = write(store, "big", QString(CredentialStore::maxSecretBytes + 1, 'x'));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains("too large"));
        QVERIFY(read(store, "big").notFound);
        QVERIFY(write(store, "just-fits", QString(CredentialStore::maxSecretBytes, 'x')).ok);
    }

    void secretNeverReachesTheSettingsFile()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("s.ini"));
        CredentialStore store(settings, service);
        QVERIFY(write(store, "srv|acme|ann", "very-secret-refresh-token").ok);
        settings.sync();
        QFile file(dir.filePath("s.ini"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = file.readAll();
        QVERIFY(text.contains("srv|acme|ann"));
        QVERIFY(!text.contains("very-secret-refresh-token"));
    }

    void withoutAKeychainNothingIsStoredInClear()
    {
        QTemporaryDir home;
        const QString secret = "secret-that-must-not-land-on-disk";
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.filePath("no-bus"));
        for (const auto& name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
            env.insert(name, home.path());
        }
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {"--write-without-keychain", secret});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--write-without-keychain") {
        return writeWithoutKeychain(QString::fromUtf8(argv[2]));
    }
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCredentialStore.moc"
