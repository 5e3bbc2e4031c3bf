// SPDX-License-Identifier: Apache-2.0
#include "ratelimit/LocalRateLimiter.h"

#include <QtTest/QtTest>
#include <atomic>
#include <thread>
#include <vector>

using aih::ratelimit::LocalRateLimiter;
using aih::ratelimit::Outcome;
using aih::ratelimit::Subject;
using aih::ratelimit::Window;

namespace {

const Window hour{3600};
constexpr double hourStart = 472222.0 * 3600.0;

Subject key(std::int64_t limit, const std::string& id = "k1")
{
    return {"key", "key:" + id, limit};
}

Subject tenant(std::int64_t limit, const std::string& id = "t1")
{
    return {"tenant", "tenant:" + id, limit};
}

int admitted(LocalRateLimiter& limiter, const std::vector<Subject>& subjects, int attempts, double now)
{
    int count = 0;
    for (int i = 0; i < attempts; ++i) {
        count += limiter.admit(subjects, now).refusedBy < 0 ? 1 : 0;
    }
    return count;
}

std::int64_t remainingOf(LocalRateLimiter& limiter, const Subject& subject, double now)
{
    return limiter.peek({subject}, now).decisions.at(0).remaining;
}

} // namespace

class TestLocalRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void exactlyTheLimitIsAdmittedInAWindow_data();
    void exactlyTheLimitIsAdmittedInAWindow();
    void decisionsCountDownAndReportTheWindowEnd();
    void refusalByTheKeyCountsAgainstNeitherKeyNorTenant();
    void refusalByTheTenantCountsAgainstNeitherKeyNorTenant();
    void exhaustedTenantRefusesItsOtherKeysButNotOtherTenants();
    void refusedByNamesTheFirstSubjectThatRefuses();
    void refusedDecisionCarriesRetryAfterOthersDoNot();
    void peekCountsNothing();
    void peekReportsWhatAdmitWouldDecide();
    void nextWindowCarriesThePreviousCountWeighted();
    void windowAfterAnIdleWindowStartsAfresh();
    void concurrentAdmitsNeverExceedTheLimit();
    void startsFromWhatRedisLastSaidWasLeft();
    void startingNeverGivesBackWhatWasCountedHere();
};

void TestLocalRateLimiter::exactlyTheLimitIsAdmittedInAWindow_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("one") << 1;
    QTest::newRow("ten") << 10;
    QTest::newRow("a thousand") << 1000;
}

void TestLocalRateLimiter::exactlyTheLimitIsAdmittedInAWindow()
{
    QFETCH(int, limit);
    LocalRateLimiter limiter(hour);
    int count = 0;
    // Spread over the window, from its first moment to its last.
    for (int i = 0; i < limit * 2; ++i) {
        const double now = hourStart + 3599.9 * i / (limit * 2);
        count += limiter.admit({key(limit)}, now).refusedBy < 0 ? 1 : 0;
    }
    QCOMPARE(count, limit);
    QCOMPARE(admitted(limiter, {key(limit)}, 5, hourStart + 3599.99), 0);
}

void TestLocalRateLimiter::decisionsCountDownAndReportTheWindowEnd()
{
    LocalRateLimiter limiter(hour);
    for (std::int64_t i = 1; i <= 3; ++i) {
        const auto outcome = limiter.admit({key(3)}, hourStart + 10);
        QCOMPARE(outcome.refusedBy, -1);
        QCOMPARE(outcome.decisions.size(), std::size_t{1});
        QVERIFY(outcome.decisions[0].allowed);
        QCOMPARE(outcome.decisions[0].limit, std::int64_t{3});
        QCOMPARE(outcome.decisions[0].remaining, 3 - i);
        QCOMPARE(outcome.decisions[0].resetAt, static_cast<std::int64_t>(hourStart) + 3600);
        QCOMPARE(outcome.decisions[0].retryAfter, std::int64_t{0});
    }
    const auto refused = limiter.admit({key(3)}, hourStart + 10);
    QCOMPARE(refused.refusedBy, 0);
    QVERIFY(!refused.decisions[0].allowed);
    QCOMPARE(refused.decisions[0].remaining, std::int64_t{0});
}

void TestLocalRateLimiter::refusalByTheKeyCountsAgainstNeitherKeyNorTenant()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 60;
    QCOMPARE(admitted(limiter, {key(3), tenant(100)}, 10, now), 3);
    // Seven refusals later the tenant has still only spent what was admitted.
    QCOMPARE(remainingOf(limiter, tenant(100), now), std::int64_t{97});
    QCOMPARE(remainingOf(limiter, key(3), now), std::int64_t{0});
    // Its other keys can use the rest.
    QCOMPARE(admitted(limiter, {key(1000, "k2"), tenant(100)}, 200, now), 97);
}

void TestLocalRateLimiter::refusalByTheTenantCountsAgainstNeitherKeyNorTenant()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 60;
    QCOMPARE(admitted(limiter, {key(10), tenant(2)}, 10, now), 2);
    QCOMPARE(remainingOf(limiter, key(10), now), std::int64_t{8});
    QCOMPARE(remainingOf(limiter, tenant(2), now), std::int64_t{0});
}

void TestLocalRateLimiter::exhaustedTenantRefusesItsOtherKeysButNotOtherTenants()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 60;
    QCOMPARE(admitted(limiter, {key(10, "a"), tenant(5, "acme")}, 5, now), 5);
    const auto outcome = limiter.admit({key(10, "b"), tenant(5, "acme")}, now);
    QCOMPARE(outcome.refusedBy, 1);
    // The same key name under another tenant is another bucket altogether.
    QCOMPARE(admitted(limiter, {key(10, "a-globex"), tenant(5, "globex")}, 5, now), 5);
}

void TestLocalRateLimiter::refusedByNamesTheFirstSubjectThatRefuses()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 60;
    QCOMPARE(admitted(limiter, {key(1), tenant(1)}, 1, now), 1);
    QCOMPARE(limiter.admit({key(1), tenant(1)}, now).refusedBy, 0);
    QCOMPARE(limiter.admit({tenant(1), key(1)}, now).refusedBy, 0);
    QCOMPARE(limiter.admit({key(5, "k2"), tenant(1)}, now).refusedBy, 1);
    QCOMPARE(limiter.admit({key(5, "k2"), key(5, "k3"), tenant(1)}, now).refusedBy, 2);
    QCOMPARE(limiter.admit({key(5, "k2")}, now).refusedBy, -1);
}

void TestLocalRateLimiter::refusedDecisionCarriesRetryAfterOthersDoNot()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 1800;
    QCOMPARE(admitted(limiter, {key(100), tenant(2)}, 2, now), 2);
    const auto outcome = limiter.admit({key(100), tenant(2)}, now);
    QCOMPARE(outcome.refusedBy, 1);
    QCOMPARE(outcome.decisions.size(), std::size_t{2});
    QVERIFY(!outcome.decisions[1].allowed);
    QVERIFY(outcome.decisions[1].retryAfter > 0);
    QCOMPARE(outcome.decisions[1].remaining, std::int64_t{0});
    // The key itself had room: its decision shows its own, uncounted, state.
    QVERIFY(outcome.decisions[0].allowed);
    QCOMPARE(outcome.decisions[0].retryAfter, std::int64_t{0});
    QCOMPARE(outcome.decisions[0].remaining, std::int64_t{98});
}

void TestLocalRateLimiter::peekCountsNothing()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 60;
    for (int i = 0; i < 100; ++i) {
        const auto outcome = limiter.peek({key(3), tenant(5)}, now);
        QCOMPARE(outcome.refusedBy, -1);
        QCOMPARE(outcome.decisions.at(0).remaining, std::int64_t{3});
        QCOMPARE(outcome.decisions.at(1).remaining, std::int64_t{5});
    }
    QCOMPARE(admitted(limiter, {key(3), tenant(5)}, 10, now), 3);
}

void TestLocalRateLimiter::peekReportsWhatAdmitWouldDecide()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 60;
    QCOMPARE(admitted(limiter, {key(2)}, 2, now), 2);
    const auto peeked = limiter.peek({key(2), tenant(10)}, now);
    QCOMPARE(peeked.refusedBy, 0);
    QVERIFY(!peeked.decisions[0].allowed);
    QVERIFY(peeked.decisions[0].retryAfter > 0);
    const auto admittedOutcome = limiter.admit({key(2), tenant(10)}, now);
    QCOMPARE(admittedOutcome.refusedBy, peeked.refusedBy);
    QCOMPARE(admittedOutcome.decisions[0].retryAfter, peeked.decisions[0].retryAfter);
}

void TestLocalRateLimiter::nextWindowCarriesThePreviousCountWeighted()
{
    LocalRateLimiter limiter(hour);
    QCOMPARE(admitted(limiter, {key(10)}, 10, hourStart + 3000), 10);
    // 30% into the next window the previous 10 weigh 7: three more fit, not ten.
    const double next = hourStart + 3600 + 1080;
    QCOMPARE(remainingOf(limiter, key(10), next), std::int64_t{3});
    QCOMPARE(admitted(limiter, {key(10)}, 10, next), 3);
    // At the very start of the next window the previous count weighs fully.
    LocalRateLimiter atStart(hour);
    QCOMPARE(admitted(atStart, {key(10)}, 10, hourStart + 10), 10);
    QCOMPARE(admitted(atStart, {key(10)}, 10, hourStart + 3600), 0);
    QCOMPARE(admitted(atStart, {key(10)}, 10, hourStart + 3600 + 360), 1);
}

void TestLocalRateLimiter::windowAfterAnIdleWindowStartsAfresh()
{
    LocalRateLimiter limiter(hour);
    QCOMPARE(admitted(limiter, {key(10)}, 10, hourStart + 10), 10);
    // A whole window without requests: nothing is carried into the one after.
    QCOMPARE(admitted(limiter, {key(10)}, 20, hourStart + 7200), 10);
    // Other buckets moving time on (and pruning idle counters) do not disturb a live one.
    LocalRateLimiter shared(hour);
    QCOMPARE(admitted(shared, {key(10, "busy")}, 6, hourStart + 3500), 6);
    QCOMPARE(admitted(shared, {key(10, "other")}, 1, hourStart + 3600), 1);
    QCOMPARE(remainingOf(shared, key(10, "busy"), hourStart + 3600 + 1800), std::int64_t{7});
}

void TestLocalRateLimiter::concurrentAdmitsNeverExceedTheLimit()
{
    // A lost update needs two threads inside one decision at once, which a 2-core machine makes
    // rare in a single round: repeat so that a missing lock fails this test nearly every run.
    for (int round = 0; round < 50; ++round) {
        LocalRateLimiter limiter(hour);
        const double now = hourStart + 100;
        std::atomic<int> total{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                while (!go) {
                    std::this_thread::yield();
                }
                int mine = 0;
                for (int i = 0; i < 1000; ++i) {
                    mine += limiter.admit({key(5000), tenant(1'000'000)}, now).refusedBy < 0 ? 1 : 0;
                }
                total += mine;
            });
        }
        go = true;
        for (auto& thread : threads) {
            thread.join();
        }
        QCOMPARE(total.load(), 5000);
        QCOMPARE(remainingOf(limiter, key(5000), now), std::int64_t{0});
        // The tenant saw exactly the admitted requests, none of the 3000 refused ones.
        QCOMPARE(remainingOf(limiter, tenant(1'000'000), now), std::int64_t{1'000'000 - 5000});
    }
}

void TestLocalRateLimiter::startsFromWhatRedisLastSaidWasLeft()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 100;
    limiter.startFrom({{"key:k1", 150, 0}, {"tenant:t1", 10000, 9000}}, now);
    // A key at its limit stays refused; its tenant had 9,000 left, and has them here.
    QCOMPARE(admitted(limiter, {key(150)}, 10, now), 0);
    QCOMPARE(remainingOf(limiter, tenant(10000), now), std::int64_t{9000});
    QCOMPARE(admitted(limiter, {key(150, "k2"), tenant(10000)}, 5, now), 5);
    QCOMPARE(remainingOf(limiter, tenant(10000), now), std::int64_t{8995});
}

void TestLocalRateLimiter::startingNeverGivesBackWhatWasCountedHere()
{
    LocalRateLimiter limiter(hour);
    const double now = hourStart + 100;
    QCOMPARE(admitted(limiter, {key(10)}, 8, now), 8);
    // Redis's word from before this process counted 8 more is older: the higher count stands.
    limiter.startFrom({{"key:k1", 10, 7}}, now);
    QCOMPARE(remainingOf(limiter, key(10), now), std::int64_t{2});
}

QTEST_APPLESS_MAIN(TestLocalRateLimiter)
#include "TestLocalRateLimiter.moc"
