// SPDX-License-Identifier: Apache-2.0
// The per-second burst bucket: a second's calls at once, then one every 1/n s; full again after
// a pause and never fuller; subjects apart; realistic Unix times.
#include "ratelimit/BurstLimiter.h"

#include <QtTest/QtTest>

using aih::ratelimit::BurstLimiter;

namespace {

constexpr double now = 1'764'900'000.0; // 2025-12-05, a realistic magnitude for floating-point time

} // namespace

class TestBurstLimiter : public QObject
{
    Q_OBJECT

private slots:
    void aSecondsWorthGoesAtOnceThenTheRate()
    {
        BurstLimiter bursts;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(bursts.take("k:a", 5, now), 0.0);
        }
        const double wait = bursts.take("k:a", 5, now);
        QVERIFY(wait > 0.19 && wait < 0.21);
        QVERIFY(bursts.take("k:a", 5, now + 0.1) > 0); // half a token
        QCOMPARE(bursts.take("k:a", 5, now + 0.2), 0.0);
        QVERIFY(bursts.take("k:a", 5, now + 0.2) > 0);
    }

    void aPauseFillsTheBucketButNoFurther()
    {
        BurstLimiter bursts;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(bursts.take("k:b", 3, now), 0.0);
        }
        // An hour later: three again, not ten thousand.
        int admitted = 0;
        while (bursts.take("k:b", 3, now + 3600) == 0) {
            ++admitted;
        }
        QCOMPARE(admitted, 3);
    }

    void subjectsHaveTheirOwnBuckets()
    {
        BurstLimiter bursts;
        QCOMPARE(bursts.take("k:c", 1, now), 0.0);
        QVERIFY(bursts.take("k:c", 1, now) > 0);
        QCOMPARE(bursts.take("k:d", 1, now), 0.0);
    }

    void aClockThatStepsBackDoesNotAddTokens()
    {
        BurstLimiter bursts;
        QCOMPARE(bursts.take("k:e", 1, now), 0.0);
        QVERIFY(bursts.take("k:e", 1, now - 10) > 0);
    }

    void anIdleBucketStartsFullAgain()
    {
        BurstLimiter bursts;
        QCOMPARE(bursts.take("k:f", 2, now), 0.0);
        QCOMPARE(bursts.take("k:f", 2, now), 0.0);
        // Past the sweep interval another subject's call drops the idle bucket; it starts full.
        QCOMPARE(bursts.take("k:g", 2, now + 11), 0.0);
        QCOMPARE(bursts.take("k:f", 2, now + 11), 0.0);
        QCOMPARE(bursts.take("k:f", 2, now + 11), 0.0);
        QVERIFY(bursts.take("k:f", 2, now + 11) > 0);
    }
};

QTEST_GUILESS_MAIN(TestBurstLimiter)
#include "TestBurstLimiter.moc"
