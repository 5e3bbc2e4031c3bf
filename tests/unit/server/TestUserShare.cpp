// SPDX-License-Identifier: Apache-2.0
// One member's share of the tenant's hourly limit: the share, never below the floor, never above
// the tenant's own limit.
#include "ratelimit/UserShare.h"

#include <QtTest/QtTest>

using aih::ratelimit::minimumUserRateLimit;
using aih::ratelimit::userRateLimit;

class TestUserShare : public QObject
{
    Q_OBJECT

private slots:
    void memberGetsTheShareWithinTheFloorAndTheTenant_data()
    {
        QTest::addColumn<qint64>("tenant");
        QTest::addColumn<double>("share");
        QTest::addColumn<qint64>("user");
        QTest::newRow("free plan, half") << qint64{1000} << 0.5 << qint64{500};
        QTest::newRow("enterprise, a quarter") << qint64{200000} << 0.25 << qint64{50000};
        QTest::newRow("rounded down") << qint64{41} << 0.5 << qint64{20};
        QTest::newRow("whole tenant") << qint64{1000} << 1.0 << qint64{1000};
        QTest::newRow("share below the floor") << qint64{12} << 0.5 << qint64{minimumUserRateLimit};
        QTest::newRow("tenant below the floor") << qint64{4} << 0.5 << qint64{4};
        QTest::newRow("tenant at zero") << qint64{0} << 0.5 << qint64{0};
    }

    void memberGetsTheShareWithinTheFloorAndTheTenant()
    {
        QFETCH(qint64, tenant);
        QFETCH(double, share);
        QFETCH(qint64, user);
        QCOMPARE(static_cast<qint64>(userRateLimit(tenant, share)), user);
    }
};

QTEST_APPLESS_MAIN(TestUserShare)
#include "TestUserShare.moc"
