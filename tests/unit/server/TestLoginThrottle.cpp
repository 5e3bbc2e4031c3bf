// SPDX-License-Identifier: Apache-2.0
#include "auth/LoginThrottle.h"

#include <QtTest/QtTest>
#include <chrono>
#include <string>

using aih::auth::LoginThrottle;
using namespace std::chrono_literals;

namespace {

// A fixed, arbitrary origin so every test controls time explicitly.
const LoginThrottle::Clock::time_point t0 = LoginThrottle::Clock::time_point{} + 1000h;
constexpr std::chrono::seconds window = 15min;

LoginThrottle::Limits limits(int perAccount, int perAddress)
{
    LoginThrottle::Limits result;
    result.perAccount = perAccount;
    result.perAddress = perAddress;
    result.window = window;
    return result;
}

} // namespace

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void defaultLimitsAreFivePerAccountThirtyPerAddress();
    void sixthAttemptOnAnAccountMustWait();
    void accountLimitDoesNotSpillToOtherAccounts();
    void addressLimitCatchesSprayingAcrossAccounts();
    void successClearsTheAccountButNotTheAddress();
    void failuresExpireAfterTheWindow();
    void windowSlidesOneFailureAtATime();
    void partialSecondsRoundUp();
    void longerWaitOfAccountAndAddressWins();
    void pruningKeepsLiveFailures();
};

void TestLoginThrottle::defaultLimitsAreFivePerAccountThirtyPerAddress()
{
    const LoginThrottle::Limits defaults;
    QCOMPARE(defaults.perAccount, 5);
    QCOMPARE(defaults.perAddress, 30);
    QCOMPARE(defaults.window.count(), std::chrono::seconds(15min).count());
}

void TestLoginThrottle::sixthAttemptOnAnAccountMustWait()
{
    LoginThrottle throttle(limits(5, 30));
    for (int i = 0; i < 5; ++i) {
        const auto now = t0 + std::chrono::seconds(i);
        QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", now), 0);
        throttle.recordFailure("alice@acme", "10.0.0.1", now);
    }
    const auto wait = throttle.retryAfter("alice@acme", "10.0.0.1", t0 + 5s);
    QVERIFY(wait > 0);
    QVERIFY(wait <= window.count());
    // The oldest failure (at t0) frees a slot at t0 + window.
    QCOMPARE(wait, static_cast<int>(window.count()) - 5);
    // Another address does not help: the account itself is locked.
    QCOMPARE(throttle.retryAfter("alice@acme", "192.0.2.7", t0 + 5s), static_cast<int>(window.count()) - 5);
}

void TestLoginThrottle::accountLimitDoesNotSpillToOtherAccounts()
{
    LoginThrottle throttle(limits(5, 30));
    for (int i = 0; i < 5; ++i) {
        throttle.recordFailure("alice@acme", "10.0.0.1", t0);
    }
    QVERIFY(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + 1s) > 0);
    QCOMPARE(throttle.retryAfter("bob@acme", "10.0.0.1", t0 + 1s), 0);
}

void TestLoginThrottle::addressLimitCatchesSprayingAcrossAccounts()
{
    LoginThrottle throttle(limits(5, 3));
    throttle.recordFailure("a@acme", "10.0.0.1", t0);
    throttle.recordFailure("b@acme", "10.0.0.1", t0);
    QCOMPARE(throttle.retryAfter("c@acme", "10.0.0.1", t0 + 1s), 0);
    throttle.recordFailure("c@acme", "10.0.0.1", t0 + 1s);

    const auto wait = throttle.retryAfter("d@acme", "10.0.0.1", t0 + 2s);
    QVERIFY(wait > 0);
    QCOMPARE(wait, static_cast<int>(window.count()) - 2);
    QCOMPARE(throttle.retryAfter("d@acme", "10.0.0.2", t0 + 2s), 0);
}

void TestLoginThrottle::successClearsTheAccountButNotTheAddress()
{
    LoginThrottle throttle(limits(5, 30));
    for (int i = 0; i < 5; ++i) {
        throttle.recordFailure("alice@acme", "10.0.0.1", t0);
    }
    QVERIFY(throttle.retryAfter("alice@acme", "10.0.0.9", t0 + 1s) > 0);
    throttle.recordSuccess("alice@acme");
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.9", t0 + 1s), 0);

    LoginThrottle strict(limits(5, 5));
    for (int i = 0; i < 5; ++i) {
        strict.recordFailure("alice@acme", "10.0.0.1", t0);
    }
    strict.recordSuccess("alice@acme");
    QVERIFY(strict.retryAfter("alice@acme", "10.0.0.1", t0 + 1s) > 0);
    QCOMPARE(strict.retryAfter("alice@acme", "10.0.0.2", t0 + 1s), 0);
}

void TestLoginThrottle::failuresExpireAfterTheWindow()
{
    LoginThrottle throttle(limits(5, 30));
    for (int i = 0; i < 5; ++i) {
        throttle.recordFailure("alice@acme", "10.0.0.1", t0);
    }
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + window - 1s), 1);
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + window), 0);
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + window + 1h), 0);
}

void TestLoginThrottle::windowSlidesOneFailureAtATime()
{
    LoginThrottle throttle(limits(3, 30));
    throttle.recordFailure("alice@acme", "10.0.0.1", t0);
    throttle.recordFailure("alice@acme", "10.0.0.1", t0 + 100s);
    throttle.recordFailure("alice@acme", "10.0.0.1", t0 + 200s);

    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + 300s),
             static_cast<int>(window.count()) - 300);
    // The first failure has aged out: one attempt is allowed, and failing it locks again
    // until the second failure ages out.
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + window), 0);
    throttle.recordFailure("alice@acme", "10.0.0.1", t0 + window);
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + window + 1s), 99);
}

void TestLoginThrottle::partialSecondsRoundUp()
{
    LoginThrottle throttle(limits(1, 30));
    throttle.recordFailure("alice@acme", "10.0.0.1", t0);
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + window - 500ms), 1);
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + 1500ms),
             static_cast<int>(window.count()) - 1);
}

void TestLoginThrottle::longerWaitOfAccountAndAddressWins()
{
    LoginThrottle throttle(limits(2, 3));
    throttle.recordFailure("x@acme", "10.0.0.1", t0);            // address only
    throttle.recordFailure("alice@acme", "10.0.0.1", t0 + 100s); // both
    throttle.recordFailure("alice@acme", "10.0.0.1", t0 + 200s); // both
    // Account frees at t0+100s+window, address at t0+window: the later one is the answer.
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + 300s),
             static_cast<int>(window.count()) - 200);
}

void TestLoginThrottle::pruningKeepsLiveFailures()
{
    LoginThrottle throttle(limits(2, 30));
    throttle.recordFailure("alice@acme", "10.0.0.1", t0);
    throttle.recordFailure("alice@acme", "10.0.0.1", t0 + 1s);
    throttle.recordFailure("old@acme", "10.0.0.2", t0 - window);
    // Well over a minute later a prune runs; alice's failures are still inside the window.
    QCOMPARE(throttle.retryAfter("someone@acme", "10.0.0.3", t0 + 5min), 0);
    QCOMPARE(throttle.retryAfter("alice@acme", "10.0.0.1", t0 + 10min),
             static_cast<int>(window.count()) - 600);
    QCOMPARE(throttle.retryAfter("old@acme", "10.0.0.2", t0 + 10min), 0);
}

QTEST_APPLESS_MAIN(TestLoginThrottle)
#include "TestLoginThrottle.moc"
