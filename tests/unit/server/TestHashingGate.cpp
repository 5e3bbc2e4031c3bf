// SPDX-License-Identifier: Apache-2.0
// The bound on concurrent argon2id work: a full gate answers 503 after a short wait, and the
// places come back however the holders leave.
#include "auth/HashingGate.h"
#include "errors/ApiError.h"

#include <QtTest/QtTest>
#include <chrono>
#include <future>
#include <optional>
#include <thread>

using aih::auth::HashingGate;
using aih::errors::ApiError;
using aih::errors::ErrorCode;
using namespace std::chrono_literals;

class TestHashingGate : public QObject
{
    Q_OBJECT

private slots:
    void admitsUpToTheBound()
    {
        HashingGate gate(2, 4, 20ms);
        const HashingGate::Place first(gate);
        const HashingGate::Place second(gate);
        QCOMPARE(gate.started(), std::uint64_t{2});
    }

    void fullGateRefusesWith503AndRetryAfter()
    {
        HashingGate gate(1, 4, 20ms);
        const HashingGate::Place held(gate);
        const auto started = std::chrono::steady_clock::now();
        try {
            const HashingGate::Place refused(gate);
            QFAIL("a place was given past the bound");
        } catch (const ApiError& error) {
            QCOMPARE(error.code(), ErrorCode::ServiceUnavailable);
            QCOMPARE(error.retryAfterSeconds(), std::optional<int>(1));
        }
        // It waited for a place, briefly.
        QVERIFY(std::chrono::steady_clock::now() - started >= 20ms);
        QCOMPARE(gate.started(), std::uint64_t{1});
    }

    void aWaiterGetsThePlaceAHolderLeaves()
    {
        HashingGate gate(1, 4, 2000ms);
        std::optional<HashingGate::Place> held;
        held.emplace(gate);
        auto waiter = std::async(std::launch::async, [&gate] { const HashingGate::Place place(gate); });
        QCOMPARE(waiter.wait_for(50ms), std::future_status::timeout);
        held.reset();
        QCOMPARE(waiter.wait_for(1000ms), std::future_status::ready);
        waiter.get();
    }

    // Each waiter holds a worker: past the queue's bound a caller is refused at once, unwaited.
    void aFullQueueRefusesAtOnce()
    {
        HashingGate gate(1, 1, 400ms);
        const HashingGate::Place held(gate);
        auto waiter = std::async(std::launch::async, [&gate] {
            try {
                const HashingGate::Place place(gate);
            } catch (const ApiError&) {
            }
        });
        std::this_thread::sleep_for(50ms); // the waiter is queued
        const auto started = std::chrono::steady_clock::now();
        QVERIFY_THROWS_EXCEPTION(ApiError, [&gate] { const HashingGate::Place refused(gate); }());
        QVERIFY(std::chrono::steady_clock::now() - started < 200ms);
    }

    void placesComeBackWhenTheHolderThrows()
    {
        HashingGate gate(1, 4, 20ms);
        for (int i = 0; i < 3; ++i) {
            try {
                const HashingGate::Place place(gate);
                throw std::runtime_error("hashing failed");
            } catch (const std::runtime_error&) {
            }
        }
        const HashingGate::Place again(gate);
        QCOMPARE(gate.started(), std::uint64_t{4});
    }
};

QTEST_APPLESS_MAIN(TestHashingGate)
#include "TestHashingGate.moc"
