// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/FailoverRateLimiter.h"
#include "ratelimit/LeasedRateLimiter.h"

#include <QtTest/QtTest>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

using aih::ratelimit::FailoverRateLimiter;
using aih::ratelimit::LeasedRateLimiter;
using aih::ratelimit::Subject;
using aih::ratelimit::Window;
using State = FailoverRateLimiter::State;

Q_DECLARE_METATYPE(State)

namespace {

const Window hour{3600};

double wallClock()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

/// A Redis that refuses connections: nothing listens on port 1 of the loopback address.
std::unique_ptr<LeasedRateLimiter> unreachableRedis()
{
    return std::make_unique<LeasedRateLimiter>(std::make_shared<aih::redis::Client>(aih::redis::Endpoint{
                                                   aih::redis::Address{"127.0.0.1", 1}, {}, {}}),
                                               hour);
}

std::vector<Subject> subjects(std::int64_t keyLimit, std::int64_t tenantLimit)
{
    return {{"key", "key:k1", keyLimit}, {"tenant", "tenant:t1", tenantLimit}};
}

} // namespace

class TestFailoverRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void withoutRedisStateIsLocal();
    void withoutRedisLocalLimitsApplyAndNothingCountsAsFallback();
    void unreachableRedisFailsOpenOntoLocalLimits();
    void unreachableRedisReportsDegraded();
    void everyDecisionWhileDegradedCountsAsFallback();
    void peekFallsBackTooAndCountsNothing();
    void unreachableRedisCostsMillisecondsNotSeconds();
    void stateNamesAreWhatReadyzAndMetricsShow_data();
    void stateNamesAreWhatReadyzAndMetricsShow();
};

void TestFailoverRateLimiter::withoutRedisStateIsLocal()
{
    FailoverRateLimiter limiter(nullptr, hour);
    QCOMPARE(limiter.state(), State::Local);
    limiter.admit(subjects(5, 50), wallClock());
    QCOMPARE(limiter.state(), State::Local);
}

void TestFailoverRateLimiter::withoutRedisLocalLimitsApplyAndNothingCountsAsFallback()
{
    FailoverRateLimiter limiter(nullptr, hour);
    const double now = wallClock();
    int admitted = 0;
    for (int i = 0; i < 8; ++i) {
        admitted += limiter.admit(subjects(5, 50), now).refusedBy < 0 ? 1 : 0;
    }
    QCOMPARE(admitted, 5);
    QCOMPARE(limiter.admit(subjects(5, 50), now).refusedBy, 0);
    QCOMPARE(limiter.fallbackDecisions(), std::uint64_t{0});
}

void TestFailoverRateLimiter::unreachableRedisFailsOpenOntoLocalLimits()
{
    FailoverRateLimiter limiter(unreachableRedis(), hour);
    const double now = wallClock();
    // Fail open means traffic keeps flowing, not that limits vanish: the local counters still apply.
    int admitted = 0;
    for (int i = 0; i < 8; ++i) {
        const auto outcome = limiter.admit(subjects(5, 50), now);
        QCOMPARE(outcome.decisions.size(), std::size_t{2});
        admitted += outcome.refusedBy < 0 ? 1 : 0;
    }
    QCOMPARE(admitted, 5);
    const auto refused = limiter.admit(subjects(5, 50), now);
    QCOMPARE(refused.refusedBy, 0);
    QVERIFY(refused.decisions[0].retryAfter > 0);
    QCOMPARE(refused.decisions[1].remaining, std::int64_t{45});
}

void TestFailoverRateLimiter::unreachableRedisReportsDegraded()
{
    FailoverRateLimiter limiter(unreachableRedis(), hour);
    limiter.admit(subjects(5, 50), wallClock());
    QCOMPARE(limiter.state(), State::Degraded);
    limiter.admit(subjects(5, 50), wallClock());
    QCOMPARE(limiter.state(), State::Degraded);
}

void TestFailoverRateLimiter::everyDecisionWhileDegradedCountsAsFallback()
{
    FailoverRateLimiter limiter(unreachableRedis(), hour);
    QCOMPARE(limiter.fallbackDecisions(), std::uint64_t{0});
    for (std::uint64_t i = 1; i <= 20; ++i) {
        limiter.admit(subjects(5, 50), wallClock());
        QCOMPARE(limiter.fallbackDecisions(), i);
    }
    // After the one-second back-off Redis is tried again; the failed retry is a fallback too.
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    limiter.admit(subjects(5, 50), wallClock());
    QCOMPARE(limiter.fallbackDecisions(), std::uint64_t{21});
    QCOMPARE(limiter.state(), State::Degraded);
}

void TestFailoverRateLimiter::peekFallsBackTooAndCountsNothing()
{
    FailoverRateLimiter limiter(unreachableRedis(), hour);
    const double now = wallClock();
    for (int i = 0; i < 10; ++i) {
        const auto outcome = limiter.peek(subjects(5, 50), now);
        QCOMPARE(outcome.refusedBy, -1);
        QCOMPARE(outcome.decisions.at(0).remaining, std::int64_t{5});
    }
    QCOMPARE(limiter.state(), State::Degraded);
    QCOMPARE(limiter.fallbackDecisions(), std::uint64_t{10});
}

void TestFailoverRateLimiter::unreachableRedisCostsMillisecondsNotSeconds()
{
    FailoverRateLimiter limiter(unreachableRedis(), hour);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i) {
        limiter.admit(subjects(100000, 100000), wallClock());
    }
    // One connection attempt, then the back-off keeps Redis off the request path.
    QVERIFY2(timer.elapsed() < 1000, QByteArray::number(timer.elapsed()));
    QCOMPARE(limiter.fallbackDecisions(), std::uint64_t{1000});
}

void TestFailoverRateLimiter::stateNamesAreWhatReadyzAndMetricsShow_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("name");
    QTest::newRow("local") << State::Local << "local";
    QTest::newRow("shared") << State::Shared << "ok";
    QTest::newRow("degraded") << State::Degraded << "unavailable";
}

void TestFailoverRateLimiter::stateNamesAreWhatReadyzAndMetricsShow()
{
    QFETCH(State, state);
    QFETCH(QString, name);
    QCOMPARE(QString::fromLatin1(stateName(state)), name);
}

QTEST_APPLESS_MAIN(TestFailoverRateLimiter)
#include "TestFailoverRateLimiter.moc"
