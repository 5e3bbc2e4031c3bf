// SPDX-License-Identifier: Apache-2.0
// Typed settings keys and the saved server profiles.
#include "core/session/ProfileStore.h"
#include "core/settings/Settings.h"

#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using aih::console::ProfileStore;
using aih::console::ServerProfile;
using aih::console::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyHasItsOwnPathAndADefault()
    {
        const auto keys = QMetaEnum::fromType<Settings::Key>();
        QSet<QString> paths;
        for (int i = 0; i < keys.keyCount(); ++i) {
            const auto key = Settings::Key(keys.value(i));
            QVERIFY2(!Settings::pathOf(key).isEmpty(), keys.key(i));
            QVERIFY2(Settings::defaultOf(key).isValid(), keys.key(i));
            paths.insert(Settings::pathOf(key));
        }
        QCOMPARE(paths.size(), keys.keyCount());
    }

    void valuesPersistAcrossRuns()
    {
        QTemporaryDir dir;
        {
            Settings settings(dir.filePath("s.ini"));
            QCOMPARE(settings.value(Settings::Key::RequestTimeoutSeconds).toInt(), 30);
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setValue(Settings::Key::Language, "de");
            QCOMPARE(changed.size(), 1);
        }
        Settings again(dir.filePath("s.ini"));
        QCOMPARE(again.value(Settings::Key::Language).toString(), QString("de"));
        again.reset(Settings::Key::Language);
        QCOMPARE(again.value(Settings::Key::Language).toString(), QString());
    }

    void profilesAreKeptMostRecentFirst()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("s.ini"));
        ProfileStore store(settings);
        const ServerProfile staging{"Staging", QUrl("https://staging.example.com"), "acme",
                                    "ann@acme.example"};
        const ServerProfile production{"Production", QUrl("https://aih.example.com"), "acme",
                                       "ann@acme.example"};
        store.remember(staging);
        store.remember(production);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().first().name, QString("Production"));
        QCOMPARE(store.lastUsed()->id(), production.id());
        store.remember(staging);
        QCOMPARE(store.profiles().first().name, QString("Staging"));
        QCOMPARE(store.profiles().size(), 2);
        store.forget(staging.id());
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!store.lastUsed());
    }

    void profilesHoldNoSecrets()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("s.ini"));
        ProfileStore(settings).remember({"P", QUrl("https://aih.example.com"), "acme", "ann@acme.example"});
        settings.sync();
        QFile file(dir.filePath("s.ini"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = file.readAll();
        QVERIFY(text.contains("ann@acme.example"));
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
