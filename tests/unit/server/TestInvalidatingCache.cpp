// SPDX-License-Identifier: Apache-2.0
#include "cache/InvalidatingCache.h"
#include "db/Change.h"

#include <QtTest/QtTest>
#include <thread>

using aih::cache::InvalidatingCache;
using aih::cache::Source;
using aih::db::Change;
using namespace std::chrono_literals;

class TestInvalidatingCache : public QObject
{
    Q_OBJECT

private slots:
    void secondReadIsServedFromTheCache()
    {
        InvalidatingCache<int> cache(1min, 10);
        int loads = 0;
        const auto load = [&] { return ++loads; };
        QCOMPARE(cache.get("a", load).source, Source::LoadedAndKept);
        const auto again = cache.get("a", load);
        QCOMPARE(again.source, Source::Cache);
        QCOMPARE(again.value, 1);
        QCOMPARE(loads, 1);
        QCOMPARE(cache.hits(), std::uint64_t(1));
        QCOMPARE(cache.misses(), std::uint64_t(1));
    }

    void eraseDropsOneEntryAndClearDropsAll()
    {
        InvalidatingCache<int> cache(1min, 10);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.erase("a");
        QCOMPARE(cache.get("a", [] { return 10; }).value, 10);
        QCOMPARE(cache.get("b", [] { return 20; }).value, 2);
        cache.clear();
        QCOMPARE(cache.get("b", [] { return 20; }).value, 20);
    }

    void eraseIfDropsEveryMatchingValue()
    {
        InvalidatingCache<std::string> cache(1min, 10);
        cache.put("k1", "user-1");
        cache.put("k2", "user-1");
        cache.put("k3", "user-2");
        cache.eraseIf([](const std::string& owner) { return owner == "user-1"; });
        QCOMPARE(cache.get("k1", [] { return std::string("reloaded"); }).source, Source::LoadedAndKept);
        QCOMPARE(cache.get("k3", [] { return std::string("reloaded"); }).value, std::string("user-2"));
    }

    void valueLoadedAcrossAChangeIsHandedOutButNotKept()
    {
        InvalidatingCache<int> cache(1min, 10);
        const auto loadedWhileChanging = cache.get("a", [&] {
            cache.erase("other"); // a change announced while the database was being read
            return 1;
        });
        QCOMPARE(loadedWhileChanging.source, Source::LoadedNotKept);
        QCOMPARE(loadedWhileChanging.value, 1);
        QCOMPARE(cache.get("a", [] { return 2; }).value, 2);
    }

    void entriesExpireAfterTheirAge()
    {
        InvalidatingCache<int> cache(1min, 10, [](const int& value) {
            return value < 0 ? std::chrono::steady_clock::duration(20ms)
                             : std::chrono::steady_clock::duration(1min);
        });
        cache.put("miss", -1);
        cache.put("hit", 1);
        std::this_thread::sleep_for(40ms);
        QCOMPARE(cache.get("miss", [] { return 5; }).value, 5);
        QCOMPARE(cache.get("hit", [] { return 5; }).value, 1);
    }

    void valuesNotWorthKeepingAreNotKept()
    {
        InvalidatingCache<int> cache(1min, 10);
        const auto keepPositive = [](const int& value) { return value > 0; };
        QCOMPARE(cache
                     .get(
                         "a", [] { return 0; }, keepPositive)
                     .source,
                 Source::LoadedNotKept);
        QCOMPARE(cache
                     .get(
                         "a", [] { return 3; }, keepPositive)
                     .source,
                 Source::LoadedAndKept);
        QCOMPARE(cache
                     .get(
                         "a", [] { return 4; }, keepPositive)
                     .value,
                 3);
    }

    void aFullCacheStartsOverInsteadOfGrowing()
    {
        InvalidatingCache<int> cache(1min, 2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        QCOMPARE(cache.get("a", [] { return 10; }).source, Source::LoadedAndKept);
        QCOMPARE(cache.get("c", [] { return 30; }).value, 3);
    }

    void updateChangesAKeptValueInPlace()
    {
        InvalidatingCache<int> cache(1min, 10);
        cache.put("a", 1);
        cache.update("a", [](int& value) { value = 7; });
        cache.update("gone", [](int&) { QFAIL("no entry to change"); });
        QCOMPARE(cache.get("a", [] { return 0; }).value, 7);
    }

    void changePayloadsRoundTrip_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("everything") << "*";
        QTest::newRow("tenant") << "tenant:6f1c";
        QTest::newRow("key") << "key:abc123";
        QTest::newRow("user") << "user:42";
        QTest::newRow("one tenant's content") << "content:6f1c";
        QTest::newRow("all content") << "content:*";
        QTest::newRow("domain") << "domain:docs.example.com";
    }
    void changePayloadsRoundTrip()
    {
        QFETCH(QString, payload);
        const auto change = Change::parse(payload.toStdString());
        QVERIFY(change.has_value());
        QCOMPARE(QString::fromStdString(change->payload()), payload);
    }

    void unknownPayloadIsNotAChange()
    {
        QVERIFY(!Change::parse("plan:basic").has_value());
        QVERIFY(!Change::parse("").has_value());
        QCOMPARE(Change::parse("content:*")->id, std::string());
        QCOMPARE(Change::parse("user:42")->subject, Change::Subject::User);
    }
};

QTEST_APPLESS_MAIN(TestInvalidatingCache)
#include "TestInvalidatingCache.moc"
