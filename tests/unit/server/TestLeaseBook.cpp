// SPDX-License-Identifier: Apache-2.0
// The arithmetic of leased quotas: slice sizes, local spending, all-or-nothing admission and
// giving back. Redis is modelled by one exact counter that grants min(wanted, left), as the
// lease script does, so several books sharing it show what several instances would admit.
#include "ratelimit/LeaseBook.h"

#include <QtTest/QtTest>
#include <algorithm>

using aih::ratelimit::LeaseBook;
using aih::ratelimit::LeaseSizing;
using aih::ratelimit::Subject;
using aih::ratelimit::Window;

namespace {

const Window hour{3600};
constexpr double hourStart = 472222.0 * 3600.0;
const std::int64_t thisHour = hour.indexAt(hourStart);

Subject key(std::int64_t limit)
{
    return {"key", "key:k1", limit};
}

Subject tenant(std::int64_t limit)
{
    return {"tenant", "tenant:t1", limit};
}

/// Redis's counter of one subject in one window: grants what is left, never more.
struct SharedCounter
{
    std::int64_t limit;
    std::int64_t counted = 0;

    std::int64_t lease(std::int64_t wanted)
    {
        const auto granted = std::clamp<std::int64_t>(limit - counted, 0, wanted);
        counted += granted;
        return granted;
    }
};

/// One request through `book` against `shared`, leasing as an instance would; true if admitted.
bool request(LeaseBook& book, SharedCounter& shared, double now)
{
    const std::vector<Subject> subjects{key(shared.limit)};
    for (int round = 0; round < 2; ++round) {
        const auto attempt = book.take(subjects, hour, now);
        if (attempt.admitted) {
            return true;
        }
        const auto granted = shared.lease(attempt.wants[0]);
        if (granted == 0) {
            return false;
        }
        book.credit("key:k1", hour.indexAt(now), shared.limit, granted, shared.limit - shared.counted);
    }
    return false;
}

} // namespace

class TestLeaseBook : public QObject
{
    Q_OBJECT

private slots:
    void sliceShrinksWithTheAllowanceDownToOne()
    {
        const LeaseSizing sizing{16, 1024};
        QCOMPARE(sizing.sliceFor(1600), std::int64_t(100));
        QCOMPARE(sizing.sliceFor(160), std::int64_t(10));
        QCOMPARE(sizing.sliceFor(20), std::int64_t(1));
        QCOMPARE(sizing.sliceFor(1), std::int64_t(1));
        QCOMPARE(sizing.sliceFor(0), std::int64_t(1));
        QCOMPARE(sizing.sliceFor(2'000'000'000), std::int64_t(1024));
    }

    void firstLeaseIsSizedByTheLimitLaterOnesByWhatIsLeft()
    {
        LeaseBook book;
        auto attempt = book.take({key(1600)}, hour, hourStart);
        QVERIFY(!attempt.admitted);
        QCOMPARE(attempt.wants.at(0), std::int64_t(100));
        book.credit("key:k1", thisHour, 1600, 1, 160);
        QVERIFY(book.take({key(1600)}, hour, hourStart).admitted);
        attempt = book.take({key(1600)}, hour, hourStart);
        QCOMPARE(attempt.wants.at(0), std::int64_t(10));
    }

    void leasedTokensAreSpentLocallyOneARequest()
    {
        LeaseBook book;
        book.credit("key:k1", thisHour, 100, 3, 50);
        for (int i = 0; i < 3; ++i) {
            const auto attempt = book.take({key(100)}, hour, hourStart);
            QVERIFY(attempt.admitted);
            // What Redis had left plus the tokens still held: the client's view of its allowance.
            QCOMPARE(attempt.decisions.at(0).remaining, std::int64_t(50 + 2 - i));
            QCOMPARE(attempt.decisions.at(0).resetAt, (thisHour + 1) * 3600);
        }
        QVERIFY(!book.take({key(100)}, hour, hourStart).admitted);
    }

    void aRequestNeedsATokenOfEverySubjectAndAMissingOneTakesNone()
    {
        LeaseBook book;
        book.credit("key:k1", thisHour, 100, 2, 10);
        const auto attempt = book.take({key(100), tenant(1000)}, hour, hourStart);
        QVERIFY(!attempt.admitted);
        QCOMPARE(attempt.wants.at(0), std::int64_t(0));
        QVERIFY(attempt.wants.at(1) > 0);
        QCOMPARE(book.unused("key:k1", thisHour), std::int64_t(2));
        book.credit("tenant:t1", thisHour, 1000, 1, 500);
        QVERIFY(book.take({key(100), tenant(1000)}, hour, hourStart).admitted);
        QCOMPARE(book.unused("key:k1", thisHour), std::int64_t(1));
        QCOMPARE(book.unused("tenant:t1", thisHour), std::int64_t(0));
    }

    void instancesSharingOneCounterNeverAdmitMoreThanTheLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("instances");
        QTest::newRow("small limit, two instances") << 7 << 2;
        QTest::newRow("limit 120, three instances") << 120 << 3;
        QTest::newRow("limit 5000, five instances") << 5000 << 5;
    }
    void instancesSharingOneCounterNeverAdmitMoreThanTheLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, instances);
        SharedCounter shared{limit};
        std::vector<LeaseBook> books(static_cast<std::size_t>(instances));
        int admitted = 0;
        for (int i = 0; i < limit * 3; ++i) {
            admitted += request(books[static_cast<std::size_t>(i % instances)], shared, hourStart) ? 1 : 0;
        }
        QCOMPARE(admitted, limit);
        QCOMPARE(shared.counted, std::int64_t(limit));
    }

    void fewLeasesFarFromTheLimit()
    {
        SharedCounter shared{1'000'000};
        LeaseBook book;
        int leases = 0;
        for (int i = 0; i < 10'000; ++i) {
            const auto before = shared.counted;
            QVERIFY(request(book, shared, hourStart));
            leases += shared.counted != before ? 1 : 0;
        }
        QVERIFY2(leases < 20, qPrintable(QString("%1 leases for 10000 requests").arg(leases)));
    }

    void unusedTokensComeBackWhenTheWindowEnds()
    {
        LeaseBook book;
        book.credit("key:k1", thisHour, 200, 5, 100);
        QVERIFY(book.take({key(200)}, hour, hourStart).admitted);
        QVERIFY(book.expire(thisHour).empty());
        const auto unused = book.expire(thisHour + 1);
        QCOMPARE(unused.size(), std::size_t(1));
        QCOMPARE(unused.at(0).bucket, std::string("key:k1"));
        QCOMPARE(unused.at(0).index, thisHour);
        QCOMPARE(unused.at(0).tokens, std::int64_t(4));
        QCOMPARE(book.unused("key:k1", thisHour), std::int64_t(0));
        // The next window's first request leases afresh.
        QVERIFY(!book.take({key(200)}, hour, hourStart + 3600).admitted);
    }

    void aLeaseThatArrivesAfterItsWindowIsGivenBack()
    {
        LeaseBook book;
        book.credit("key:k1", thisHour + 1, 200, 2, 100);
        const auto stale = book.credit("key:k1", thisHour, 200, 3, 100);
        QCOMPARE(stale.size(), std::size_t(1));
        QCOMPARE(stale.at(0).index, thisHour);
        QCOMPARE(stale.at(0).tokens, std::int64_t(3));
        QCOMPARE(book.unused("key:k1", thisHour + 1), std::int64_t(2));
    }

    void tokensLeasedUnderAnotherLimitAreGivenBackAndLeasedAnew()
    {
        LeaseBook book;
        book.credit("key:k1", thisHour, 10000, 625, 9000);
        QVERIFY(book.take({key(10000)}, hour, hourStart).admitted);
        // An operator lowers the limit to 3: the 624 tokens held would outrun it.
        const auto lowered = book.take({key(3)}, hour, hourStart);
        QVERIFY(!lowered.admitted);
        QCOMPARE(lowered.wants.at(0), std::int64_t(1));
        QCOMPARE(lowered.voided.size(), std::size_t(1));
        QCOMPARE(lowered.voided.at(0).tokens, std::int64_t(624));
        QCOMPARE(lowered.voided.at(0).index, thisHour);
        QCOMPARE(book.unused("key:k1", thisHour), std::int64_t(0));
        book.credit("key:k1", thisHour, 3, 1, 1);
        QVERIFY(book.take({key(3)}, hour, hourStart).admitted);
        QVERIFY(!book.take({key(3)}, hour, hourStart).admitted);
    }

    void aLeaseUnderANewLimitGivesBackTokensHeldUnderTheOld()
    {
        LeaseBook book;
        book.credit("key:k1", thisHour, 3, 1, 1);
        const auto stale = book.credit("key:k1", thisHour, 10000, 500, 9000);
        QCOMPARE(stale.size(), std::size_t(1));
        QCOMPARE(stale.at(0).tokens, std::int64_t(1));
        QCOMPARE(book.unused("key:k1", thisHour), std::int64_t(500));
    }

    void standingsAreWhatRedisHadLeftPlusTheTokensHeld()
    {
        LeaseBook book;
        book.credit("key:k1", thisHour, 200, 5, 100);
        book.credit("tenant:t1", thisHour, 150, 0, 0);
        QVERIFY(book.take({key(200)}, hour, hourStart).admitted);
        auto standings = book.standings(thisHour);
        std::sort(standings.begin(), standings.end(),
                  [](const auto& a, const auto& b) { return a.bucket < b.bucket; });
        QCOMPARE(standings.size(), std::size_t(2));
        QCOMPARE(standings.at(0).bucket, std::string("key:k1"));
        QCOMPARE(standings.at(0).limit, std::int64_t(200));
        QCOMPARE(standings.at(0).remaining, std::int64_t(104));
        QCOMPARE(standings.at(1).remaining, std::int64_t(0));
        QVERIFY(book.standings(thisHour + 1).empty());
    }

    void stoppingGivesEveryUnusedTokenBack()
    {
        LeaseBook book;
        book.credit("key:k1", thisHour, 200, 5, 100);
        book.credit("tenant:t1", thisHour, 200, 7, 100);
        QVERIFY(book.take({key(200), tenant(200)}, hour, hourStart).admitted);
        auto unused = book.drain();
        std::sort(unused.begin(), unused.end(),
                  [](const auto& a, const auto& b) { return a.bucket < b.bucket; });
        QCOMPARE(unused.size(), std::size_t(2));
        QCOMPARE(unused.at(0).tokens, std::int64_t(4));
        QCOMPARE(unused.at(1).tokens, std::int64_t(6));
        QVERIFY(book.drain().empty());
    }
};

QTEST_GUILESS_MAIN(TestLeaseBook)
#include "TestLeaseBook.moc"
