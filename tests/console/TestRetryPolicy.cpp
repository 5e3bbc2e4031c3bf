// SPDX-License-Identifier: Apache-2.0
// Which failed calls the console sends again: idempotent ones, for failures a retry can cure.
#include "core/net/RetryPolicy.h"

#include <QtTest>

using aih::console::ApiProblem;
using aih::console::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retriesOnlyWhatIsSafe_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("delayMs");
        const int http = int(ApiProblem::Kind::Http);
        const int unreachable = int(ApiProblem::Kind::Unreachable);
        QTest::newRow("get unreachable") << QByteArray("GET") << 0 << unreachable << -1 << 1 << 200;
        QTest::newRow("get unreachable twice") << QByteArray("GET") << 0 << unreachable << -1 << 2 << 400;
        QTest::newRow("get gives up") << QByteArray("GET") << 0 << unreachable << -1 << 3 << -1;
        QTest::newRow("get 503") << QByteArray("GET") << 503 << http << -1 << 1 << 200;
        QTest::newRow("get 503 retry-after") << QByteArray("GET") << 503 << http << 2 << 1 << 2000;
        QTest::newRow("retry-after too long") << QByteArray("GET") << 429 << http << 60 << 1 << -1;
        QTest::newRow("delete 502") << QByteArray("DELETE") << 502 << http << -1 << 1 << 200;
        QTest::newRow("put 504") << QByteArray("PUT") << 504 << http << -1 << 1 << 200;
        QTest::newRow("post unreachable") << QByteArray("POST") << 0 << unreachable << -1 << 1 << -1;
        QTest::newRow("patch 503") << QByteArray("PATCH") << 503 << http << -1 << 1 << -1;
        QTest::newRow("get 500") << QByteArray("GET") << 500 << http << -1 << 1 << -1;
        QTest::newRow("get 404") << QByteArray("GET") << 404 << http << -1 << 1 << -1;
        QTest::newRow("get 401") << QByteArray("GET") << 401 << http << -1 << 1 << -1;
        QTest::newRow("get timeout") << QByteArray("GET") << 0 << int(ApiProblem::Kind::Timeout) << -1 << 1
                                     << -1;
        QTest::newRow("get tls") << QByteArray("GET") << 0 << int(ApiProblem::Kind::Tls) << -1 << 1 << -1;
    }

    void retriesOnlyWhatIsSafe()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, retryAfter);
        QFETCH(int, attempt);
        QFETCH(int, delayMs);
        ApiProblem problem;
        problem.kind = ApiProblem::Kind(kind);
        problem.status = status;
        problem.retryAfterSeconds = retryAfter;
        const auto delay = RetryPolicy::nextDelay(method, problem, attempt);
        QCOMPARE(delay ? int(delay->count()) : -1, delayMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
