// SPDX-License-Identifier: Apache-2.0
#include "time/Clock.h"
#include "time/Rfc3339.h"

#include <QtTest/QtTest>

using aih::time::ManualClock;
using aih::time::ParseFailure;
using aih::time::parseRfc3339;

class TestTime : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc3339DateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("utc") << "2026-11-24T10:00:00Z" << Q_INT64_C(1'795'514'400'000'000);
        QTest::newRow("lower case t and z") << "2026-11-24t10:00:00z" << Q_INT64_C(1'795'514'400'000'000);
        QTest::newRow("positive offset") << "2026-11-24T12:30:00+02:30" << Q_INT64_C(1'795'514'400'000'000);
        QTest::newRow("negative offset") << "2026-11-24T05:00:00-05:00" << Q_INT64_C(1'795'514'400'000'000);
        QTest::newRow("milliseconds") << "2026-11-24T10:00:00.125Z" << Q_INT64_C(1'795'514'400'125'000);
        QTest::newRow("microseconds") << "2026-11-24T10:00:00.000001Z" << Q_INT64_C(1'795'514'400'000'001);
        QTest::newRow("nanoseconds are cut to micros")
            << "2026-11-24T10:00:00.123456789Z" << Q_INT64_C(1'795'514'400'123'456);
        QTest::newRow("leap day") << "2028-02-29T00:00:00Z" << Q_INT64_C(1'835'395'200'000'000);
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << Q_INT64_C(0);
    }
    void parsesRfc3339DateTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        const auto parsed = parseRfc3339(text.toStdString());
        QVERIFY(parsed.micros.has_value());
        QCOMPARE(*parsed.micros, micros);
    }

    void refusesWhatIsNotADateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("failure");
        const int malformed = static_cast<int>(ParseFailure::Malformed);
        const int invalid = static_cast<int>(ParseFailure::InvalidDate);
        QTest::newRow("empty") << "" << malformed;
        QTest::newRow("word") << "yesterday" << malformed;
        QTest::newRow("date only") << "2026-11-24" << malformed;
        QTest::newRow("no zone") << "2026-11-24T10:00:00" << malformed;
        QTest::newRow("space for T") << "2026-11-24 10:00:00Z" << malformed;
        QTest::newRow("short year") << "226-11-24T10:00:00Z" << malformed;
        QTest::newRow("empty fraction") << "2026-11-24T10:00:00.Z" << malformed;
        QTest::newRow("ten fraction digits") << "2026-11-24T10:00:00.1234567890Z" << malformed;
        QTest::newRow("offset without colon") << "2026-11-24T10:00:00+0200" << malformed;
        QTest::newRow("trailing text") << "2026-11-24T10:00:00Zjunk" << malformed;
        QTest::newRow("sign in a field") << "2026-+1-24T10:00:00Z" << malformed;
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z" << invalid;
        QTest::newRow("31 April") << "2026-04-31T00:00:00Z" << invalid;
        QTest::newRow("29 February of a common year") << "2027-02-29T00:00:00Z" << invalid;
        QTest::newRow("hour 24") << "2026-11-24T24:00:00Z" << invalid;
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << invalid;
    }
    void refusesWhatIsNotADateTime()
    {
        QFETCH(QString, text);
        QFETCH(int, failure);
        const auto parsed = parseRfc3339(text.toStdString());
        QVERIFY(!parsed.micros.has_value());
        QCOMPARE(static_cast<int>(parsed.failure), failure);
    }

    void formatsWhatItParses()
    {
        const std::int64_t micros = 1'795'514'400'123'456;
        QCOMPARE(aih::time::formatMicros(micros), std::string("2026-11-24T10:00:00.123456Z"));
        QCOMPARE(aih::time::formatMillis(micros), std::string("2026-11-24T10:00:00.123Z"));
        QCOMPARE(aih::time::formatSeconds(micros / 1'000'000), std::string("2026-11-24T10:00:00Z"));
        QCOMPARE(*parseRfc3339(aih::time::formatMicros(micros)).micros, micros);
    }

    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock(1'000'000);
        QCOMPARE(clock.nowSeconds(), std::int64_t(1));
        clock.advanceSeconds(90);
        QCOMPARE(clock.nowMicros(), std::int64_t(91'000'000));
        QCOMPARE(clock.nowFractional(), 91.0);
        clock.set(5'500'000);
        QCOMPARE(clock.nowSeconds(), std::int64_t(5));
    }

    void systemClockIsNearWallTime()
    {
        const auto before = QDateTime::currentMSecsSinceEpoch();
        const auto now = aih::time::systemClock().nowMicros() / 1000;
        QVERIFY(now >= before && now - before < 1000);
    }
};

QTEST_APPLESS_MAIN(TestTime)
#include "TestTime.moc"
