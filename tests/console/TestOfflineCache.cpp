// SPDX-License-Identifier: Apache-2.0
// The SQLite cache of last-seen answers, per account.
#include "core/cache/OfflineCache.h"
#include "core/platform/Clock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using aih::console::OfflineCache;

namespace {

class FixedClock : public aih::console::Clock
{
public:
    QDateTime now() const override { return time; }
    QDateTime time = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
};

} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

private slots:
    void storedAnswerComesBackWithItsTime()
    {
        QTemporaryDir dir;
        FixedClock clock;
        OfflineCache cache(dir.filePath("c.sqlite"), clock);
        QVERIFY2(cache.isOpen(), qPrintable(cache.error()));
        cache.store("acct", "/api/enterprise/admin/users", R"({"data":[1]})");
        clock.time = clock.time.addSecs(60);
        cache.store("acct", "/api/enterprise/admin/users", R"({"data":[1,2]})");
        const auto loaded = cache.load("acct", "/api/enterprise/admin/users");
        QVERIFY(loaded);
        QCOMPARE(loaded->body, QByteArray(R"({"data":[1,2]})"));
        QCOMPARE(loaded->fetchedAt, clock.time);
        QVERIFY(!cache.load("acct", "/api/other"));
    }

    void accountsDoNotSeeEachOther()
    {
        QTemporaryDir dir;
        FixedClock clock;
        OfflineCache cache(dir.filePath("c.sqlite"), clock);
        cache.store("ann", "/k", "ann's");
        cache.store("bob", "/k", "bob's");
        QCOMPARE(cache.load("ann", "/k")->body, QByteArray("ann's"));
        cache.clearScope("ann");
        QVERIFY(!cache.load("ann", "/k"));
        QCOMPARE(cache.load("bob", "/k")->body, QByteArray("bob's"));
        cache.clearAll();
        QVERIFY(!cache.load("bob", "/k"));
    }

    void survivesRestartAndIsPrivateToItsOwner()
    {
        QTemporaryDir dir;
        FixedClock clock;
        {
            OfflineCache cache(dir.filePath("c.sqlite"), clock);
            cache.store("ann", "/k", "kept");
        }
        OfflineCache again(dir.filePath("c.sqlite"), clock);
        QCOMPARE(again.load("ann", "/k")->body, QByteArray("kept"));
        const auto permissions = QFile::permissions(dir.filePath("c.sqlite"));
        QVERIFY(
            !(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    }

    void unknownLayoutIsDroppedNotMisread()
    {
        QTemporaryDir dir;
        FixedClock clock;
        {
            OfflineCache cache(dir.filePath("c.sqlite"), clock);
            cache.store("ann", "/k", "old layout");
        }
        {
            auto db = QSqlDatabase::addDatabase("QSQLITE", "raw");
            db.setDatabaseName(dir.filePath("c.sqlite"));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase("raw");
        OfflineCache again(dir.filePath("c.sqlite"), clock);
        QVERIFY(again.isOpen());
        QVERIFY(!again.load("ann", "/k"));
    }

    void unopenableFileMeansNoCacheNotACrash()
    {
        FixedClock clock;
        OfflineCache cache("/proc/no-such-place/c.sqlite", clock);
        QVERIFY(!cache.isOpen());
        cache.store("ann", "/k", "x");
        QVERIFY(!cache.load("ann", "/k"));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "TestOfflineCache.moc"
