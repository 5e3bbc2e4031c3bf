// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/SlidingWindow.h"

#include <QtTest/QtTest>
#include <cstdint>

using aih::ratelimit::describe;
using aih::ratelimit::fits;
using aih::ratelimit::Window;
using aih::ratelimit::WindowCounts;

namespace {

const Window hour{3600};
// Window 472,222 of an hour: 2023-11-14T22:00:00Z, a realistic magnitude for floating-point time.
constexpr double hourStart = 472222.0 * 3600.0;

/// The counts a counter would hold at `to` if nothing was admitted after `from`.
WindowCounts countsAt(const WindowCounts& counts, const Window& window, double from, double to)
{
    const auto windowsLater = window.indexAt(to) - window.indexAt(from);
    if (windowsLater == 0) {
        return counts;
    }
    if (windowsLater == 1) {
        return {counts.current, 0};
    }
    return {};
}

} // namespace

class TestSlidingWindow : public QObject
{
    Q_OBJECT

private slots:
    void indexChangesExactlyAtWindowStarts_data();
    void indexChangesExactlyAtWindowStarts();
    void previousWeightFallsFromOneToZeroAcrossTheWindow_data();
    void previousWeightFallsFromOneToZeroAcrossTheWindow();
    void fitsWeighsThePreviousWindow_data();
    void fitsWeighsThePreviousWindow();
    void remainingIsTheLimitMinusTheWeightedEstimate_data();
    void remainingIsTheLimitMinusTheWeightedEstimate();
    void resetIsTheEndOfTheCurrentWindow_data();
    void resetIsTheEndOfTheCurrentWindow();
    void admittedDecisionHasNoRetryAfter();
    void retryAfterIsTheFirstWholeSecondThatFits_data();
    void retryAfterIsTheFirstWholeSecondThatFits();
    void retryAfterIsExactOverASweepOfCases();
};

void TestSlidingWindow::indexChangesExactlyAtWindowStarts_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<double>("now");
    QTest::addColumn<qint64>("index");
    QTest::newRow("epoch") << qint64{3600} << 0.0 << qint64{0};
    QTest::newRow("last moment of the first window") << qint64{3600} << 3599.999 << qint64{0};
    QTest::newRow("exact start") << qint64{3600} << hourStart << qint64{472222};
    QTest::newRow("just before a start") << qint64{3600} << hourStart - 0.001 << qint64{472221};
    QTest::newRow("just after a start") << qint64{3600} << hourStart + 0.001 << qint64{472222};
    QTest::newRow("minute window") << qint64{60} << 1700000000.0 << qint64{28333333};
    QTest::newRow("minute window edge") << qint64{60} << 1699999980.0 << qint64{28333333};
    QTest::newRow("before a minute edge") << qint64{60} << 1699999979.5 << qint64{28333332};
}

void TestSlidingWindow::indexChangesExactlyAtWindowStarts()
{
    QFETCH(qint64, seconds);
    QFETCH(double, now);
    QFETCH(qint64, index);
    QCOMPARE(static_cast<qint64>(Window{seconds}.indexAt(now)), index);
}

void TestSlidingWindow::previousWeightFallsFromOneToZeroAcrossTheWindow_data()
{
    QTest::addColumn<double>("offset");
    QTest::addColumn<double>("weight");
    QTest::newRow("exact start") << 0.0 << 1.0;
    QTest::newRow("a quarter in") << 900.0 << 0.75;
    QTest::newRow("half way") << 1800.0 << 0.5;
    QTest::newRow("one second before the end") << 3599.0 << 1.0 / 3600.0;
    QTest::newRow("a millisecond before the end") << 3599.999 << 0.001 / 3600.0;
    QTest::newRow("next window's start") << 3600.0 << 1.0;
}

void TestSlidingWindow::previousWeightFallsFromOneToZeroAcrossTheWindow()
{
    QFETCH(double, offset);
    QFETCH(double, weight);
    const double actual = hour.previousWeight(hourStart + offset);
    QVERIFY2(std::abs(actual - weight) < 1e-6, QByteArray::number(actual, 'g', 17));
    QVERIFY(actual > 0.0);
    QVERIFY(actual <= 1.0);
}

void TestSlidingWindow::fitsWeighsThePreviousWindow_data()
{
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<double>("offset");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty") << qint64{0} << qint64{0} << qint64{10} << 0.0 << true;
    QTest::newRow("last slot") << qint64{0} << qint64{9} << qint64{10} << 0.0 << true;
    QTest::newRow("current full") << qint64{0} << qint64{10} << qint64{10} << 1800.0 << false;
    QTest::newRow("zero limit") << qint64{0} << qint64{0} << qint64{0} << 1800.0 << false;
    QTest::newRow("previous counts fully at the start")
        << qint64{10} << qint64{0} << qint64{10} << 0.0 << false;
    QTest::newRow("previous full, half way") << qint64{10} << qint64{4} << qint64{10} << 1800.0 << true;
    QTest::newRow("previous full, half way, one more")
        << qint64{10} << qint64{5} << qint64{10} << 1800.0 << false;
    QTest::newRow("previous weight exactly leaves one slot")
        << qint64{100} << qint64{0} << qint64{100} << 36.0 << true;
    QTest::newRow("a second earlier it does not") << qint64{100} << qint64{0} << qint64{100} << 35.0 << false;
    QTest::newRow("previous nearly forgotten") << qint64{1000} << qint64{9} << qint64{10} << 3599.99 << false;
    QTest::newRow("previous forgotten enough") << qint64{1000} << qint64{8} << qint64{10} << 3599.5 << true;
}

void TestSlidingWindow::fitsWeighsThePreviousWindow()
{
    QFETCH(qint64, previous);
    QFETCH(qint64, current);
    QFETCH(qint64, limit);
    QFETCH(double, offset);
    QFETCH(bool, expected);
    QCOMPARE(fits({previous, current}, limit, hour, hourStart + offset), expected);
}

void TestSlidingWindow::remainingIsTheLimitMinusTheWeightedEstimate_data()
{
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<double>("offset");
    QTest::addColumn<qint64>("remaining");
    QTest::newRow("first request") << qint64{0} << qint64{1} << 10.0 << qint64{99};
    QTest::newRow("last request") << qint64{0} << qint64{100} << 10.0 << qint64{0};
    QTest::newRow("previous at full weight") << qint64{60} << qint64{1} << 0.0 << qint64{39};
    QTest::newRow("previous at a quarter") << qint64{60} << qint64{1} << 2700.0 << qint64{84};
    QTest::newRow("fraction rounds down") << qint64{10} << qint64{1} << 1.0 << qint64{89};
    QTest::newRow("never negative") << qint64{500} << qint64{50} << 0.0 << qint64{0};
}

void TestSlidingWindow::remainingIsTheLimitMinusTheWeightedEstimate()
{
    QFETCH(qint64, previous);
    QFETCH(qint64, current);
    QFETCH(double, offset);
    QFETCH(qint64, remaining);
    const auto decision = describe({previous, current}, 100, hour, hourStart + offset, true);
    QCOMPARE(static_cast<qint64>(decision.remaining), remaining);
    QCOMPARE(decision.limit, std::int64_t{100});
    QVERIFY(decision.allowed);
}

void TestSlidingWindow::resetIsTheEndOfTheCurrentWindow_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<double>("now");
    QTest::addColumn<qint64>("resetAt");
    const auto end = static_cast<qint64>(hourStart) + 3600;
    QTest::newRow("exact start") << qint64{3600} << hourStart << end;
    QTest::newRow("middle") << qint64{3600} << hourStart + 1234.5 << end;
    QTest::newRow("just before the end") << qint64{3600} << hourStart + 3599.999 << end;
    QTest::newRow("at the end a new window begins") << qint64{3600} << hourStart + 3600.0 << end + 3600;
    QTest::newRow("minute window") << qint64{60} << 1700000001.5 << qint64{1700000040};
}

void TestSlidingWindow::resetIsTheEndOfTheCurrentWindow()
{
    QFETCH(qint64, seconds);
    QFETCH(double, now);
    QFETCH(qint64, resetAt);
    for (const bool allowed : {true, false}) {
        QCOMPARE(static_cast<qint64>(describe({5, 5}, 10, Window{seconds}, now, allowed).resetAt), resetAt);
    }
}

void TestSlidingWindow::admittedDecisionHasNoRetryAfter()
{
    const auto decision = describe({0, 100}, 100, hour, hourStart + 10, true);
    QCOMPARE(decision.retryAfter, std::int64_t{0});
    QCOMPARE(decision.remaining, std::int64_t{0});
}

void TestSlidingWindow::retryAfterIsTheFirstWholeSecondThatFits_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<double>("now");
    QTest::addColumn<qint64>("retryAfter");
    // Current window alone full: wait into the next one until this window's count has decayed.
    QTest::newRow("current full, half way")
        << qint64{3600} << qint64{0} << qint64{100} << qint64{100} << hourStart + 1800 << qint64{1800 + 36};
    QTest::newRow("current full, at the start")
        << qint64{3600} << qint64{0} << qint64{10} << qint64{10} << hourStart << qint64{3600 + 360};
    QTest::newRow("current full, a second before the end")
        << qint64{3600} << qint64{0} << qint64{4} << qint64{4} << hourStart + 3599 << qint64{1 + 900};
    QTest::newRow("limit one waits a whole window more")
        << qint64{3600} << qint64{0} << qint64{1} << qint64{1} << hourStart + 100 << qint64{3500 + 3600};
    // The previous window's weight is what blocks: wait in this window until it has decayed.
    QTest::newRow("previous blocks") << qint64{3600} << qint64{100} << qint64{50} << qint64{100}
                                     << hourStart + 900 << qint64{1836 - 900};
    QTest::newRow("previous blocks at the start")
        << qint64{3600} << qint64{10} << qint64{0} << qint64{10} << hourStart << qint64{360};
    QTest::newRow("previous blocks, fractional now")
        << qint64{3600} << qint64{10} << qint64{0} << qint64{10} << hourStart + 0.25 << qint64{360};
    QTest::newRow("minute window, previous blocks")
        << qint64{60} << qint64{30} << qint64{20} << qint64{40} << 1699999981.0 << qint64{21};
    QTest::newRow("far over the limit, just before the end")
        << qint64{60} << qint64{0} << qint64{1000} << qint64{10} << 1700000039.5 << qint64{60};
    // 60 x (1 - 9/30) is 42 exactly, but fits() at +42 computes a weight of 0.30000000000000004,
    // so describe() steps past it to the first second fits() accepts.
    QTest::newRow("previous blocks until a whole second")
        << qint64{60} << qint64{30} << qint64{0} << qint64{10} << 1699999980.0 << qint64{43};
}

void TestSlidingWindow::retryAfterIsTheFirstWholeSecondThatFits()
{
    QFETCH(qint64, seconds);
    QFETCH(qint64, previous);
    QFETCH(qint64, current);
    QFETCH(qint64, limit);
    QFETCH(double, now);
    QFETCH(qint64, retryAfter);
    const Window window{seconds};
    const WindowCounts counts{previous, current};
    QVERIFY(!fits(counts, limit, window, now));
    const auto decision = describe(counts, limit, window, now, false);
    QVERIFY(!decision.allowed);
    QCOMPARE(static_cast<qint64>(decision.retryAfter), retryAfter);
    const double later = now + static_cast<double>(retryAfter);
    QVERIFY(!fits(countsAt(counts, window, now, later - 1), limit, window, later - 1));
    QVERIFY(fits(countsAt(counts, window, now, later), limit, window, later));
}

void TestSlidingWindow::retryAfterIsExactOverASweepOfCases()
{
    // Retry-After promises a time; clients sleep exactly that long, so a second too short means a
    // wasted 429 and a second too long is lost throughput. Sweep counts, limits and moments.
    int checked = 0;
    QStringList tooShort;
    QStringList tooLong;
    for (const std::int64_t seconds : {60, 3600}) {
        const Window window{seconds};
        const double start = static_cast<double>(window.indexAt(1700000000.0) * seconds);
        for (const std::int64_t limit : {1, 2, 3, 7, 10, 100, 1000}) {
            for (const std::int64_t previous : {std::int64_t{0}, limit / 2, limit, limit * 3}) {
                for (const std::int64_t current : {std::int64_t{0}, limit / 3, limit - 1, limit, limit + 5}) {
                    for (const double fraction : {0.0, 0.1, 0.37, 0.5, 0.9, 0.999}) {
                        const double now = start + fraction * static_cast<double>(seconds);
                        const WindowCounts counts{previous, current};
                        if (fits(counts, limit, window, now)) {
                            continue;
                        }
                        ++checked;
                        const auto wait = describe(counts, limit, window, now, false).retryAfter;
                        const double later = now + static_cast<double>(wait);
                        const bool fitsThen =
                            fits(countsAt(counts, window, now, later), limit, window, later);
                        const bool fitsEarlier = wait > 1 && fits(countsAt(counts, window, now, later - 1),
                                                                  limit, window, later - 1);
                        if (wait < 1 || !fitsThen || fitsEarlier) {
                            (fitsEarlier || wait < 1 ? tooLong : tooShort)
                                << QStringLiteral("window %1 limit %2 counts {%3,%4} at +%5: retryAfter %6")
                                       .arg(seconds)
                                       .arg(limit)
                                       .arg(previous)
                                       .arg(current)
                                       .arg(now - start)
                                       .arg(wait);
                        }
                    }
                }
            }
        }
    }
    QVERIFY(checked > 1000);
    QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join('\n')));
    qInfo("%lld of %d refusals got a Retry-After one second short:\n%s",
          static_cast<long long>(tooShort.size()), checked, qPrintable(tooShort.join('\n')));
    QVERIFY(tooShort.isEmpty());
}

QTEST_APPLESS_MAIN(TestSlidingWindow)
#include "TestSlidingWindow.moc"
