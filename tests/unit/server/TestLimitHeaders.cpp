// SPDX-License-Identifier: Apache-2.0
// The rate-limit headers' arithmetic: on a refusal `Retry-After`, the refusing limit's `t=` and
// `X-RateLimit-Reset - now` are one number; the X-RateLimit-* fields describe the refusing limit.
#include "ratelimit/LimitHeaders.h"

#include <QRegularExpression>
#include <QtTest/QtTest>
#include <cmath>

using aih::ratelimit::describe;
using aih::ratelimit::fits;
using aih::ratelimit::HeaderList;
using aih::ratelimit::limitHeaders;
using aih::ratelimit::Outcome;
using aih::ratelimit::Subject;
using aih::ratelimit::Window;
using aih::ratelimit::WindowCounts;

namespace {

const Window hour{3600};
constexpr double hourStart = 472222.0 * 3600.0;

QString headerOf(const HeaderList& headers, const std::string& name)
{
    for (const auto& [key, value] : headers) {
        if (key == name) {
            return QString::fromStdString(value);
        }
    }
    return {};
}

/// The `t=` the `RateLimit` field gives for `subject`, or -1.
qint64 secondsOf(const HeaderList& headers, const QString& subject)
{
    const QRegularExpression item("\"" + subject + "\";r=(\\d+);t=(\\d+)");
    const auto match = item.match(headerOf(headers, "RateLimit"));
    return match.hasMatch() ? match.captured(2).toLongLong() : -1;
}

/// What a limiter decides for a user limit and a tenant limit holding these counts at `now`.
Outcome decide(const WindowCounts& user, const WindowCounts& tenant, double now)
{
    Outcome outcome;
    const bool userFits = fits(user, 20, hour, now);
    const bool tenantFits = fits(tenant, 40, hour, now);
    outcome.refusedBy = !userFits ? 0 : (!tenantFits ? 1 : -1);
    outcome.decisions.push_back(describe(user, 20, hour, now, userFits));
    outcome.decisions.push_back(describe(tenant, 40, hour, now, userFits ? tenantFits : true));
    return outcome;
}

const std::vector<Subject> subjects{{"user", "u:1", 20}, {"tenant", "t:1", 40}};

} // namespace

class TestLimitHeaders : public QObject
{
    Q_OBJECT

private slots:
    void refusalHeadersAllSayTheRetryAfter_data()
    {
        QTest::addColumn<qint64>("userPrevious");
        QTest::addColumn<qint64>("userCurrent");
        QTest::addColumn<qint64>("tenantCurrent");
        QTest::addColumn<double>("offset");
        QTest::addColumn<QString>("refusing");
        // The current window alone is full: quota comes back after the window end.
        QTest::newRow("user full, early") << qint64{0} << qint64{20} << qint64{20} << 10.25 << "user";
        QTest::newRow("user full, late") << qint64{0} << qint64{20} << qint64{20} << 3500.75 << "user";
        // The previous window's weight blocks: quota comes back before the window end.
        QTest::newRow("previous blocks") << qint64{40} << qint64{0} << qint64{0} << 900.5 << "user";
        QTest::newRow("tenant full") << qint64{0} << qint64{5} << qint64{40} << 1800.0 << "tenant";
    }

    void refusalHeadersAllSayTheRetryAfter()
    {
        QFETCH(qint64, userPrevious);
        QFETCH(qint64, userCurrent);
        QFETCH(qint64, tenantCurrent);
        QFETCH(double, offset);
        QFETCH(QString, refusing);
        const double now = hourStart + offset;
        const auto outcome = decide({userPrevious, userCurrent}, {0, tenantCurrent}, now);
        QVERIFY(outcome.refusedBy >= 0);
        const auto& refusal = outcome.decisions[static_cast<std::size_t>(outcome.refusedBy)];
        QCOMPARE(QString::fromStdString(subjects[static_cast<std::size_t>(outcome.refusedBy)].name),
                 refusing);
        QVERIFY(refusal.retryAfter >= 1);
        const auto headers = limitHeaders(subjects, outcome, now);
        const auto retryAfter = static_cast<qint64>(refusal.retryAfter);
        QCOMPARE(secondsOf(headers, refusing), retryAfter);
        QCOMPARE(headerOf(headers, "X-RateLimit-Reset").toLongLong(),
                 static_cast<qint64>(std::floor(now)) + retryAfter);
        QCOMPARE(headerOf(headers, "X-RateLimit-Limit").toLongLong(), refusing == "user" ? 20 : 40);
        QCOMPARE(headerOf(headers, "X-RateLimit-Remaining"), QString("0"));
        // The promise holds: a request fits at the moment the headers name, not a second before.
        const double available = now + static_cast<double>(retryAfter);
        const bool sameWindow = hour.indexAt(available) == hour.indexAt(now);
        const WindowCounts refused =
            refusing == "user" ? WindowCounts{userPrevious, userCurrent} : WindowCounts{0, tenantCurrent};
        const WindowCounts then = sameWindow ? refused : WindowCounts{refused.current, 0};
        QVERIFY(fits(then, refusing == "user" ? 20 : 40, hour, available));
    }

    void admittedHeadersCountToTheWindowEnd()
    {
        const double now = hourStart + 600.5;
        const auto outcome = decide({0, 15}, {0, 20}, now);
        QCOMPARE(outcome.refusedBy, -1);
        const auto headers = limitHeaders(subjects, outcome, now);
        // The tightest limit, the user's with 5 left, is the one the X-RateLimit-* fields describe.
        QCOMPARE(headerOf(headers, "X-RateLimit-Limit"), QString("20"));
        QCOMPARE(headerOf(headers, "X-RateLimit-Remaining"), QString("5"));
        QCOMPARE(headerOf(headers, "X-RateLimit-Reset").toLongLong(), static_cast<qint64>(hourStart + 3600));
        QCOMPARE(secondsOf(headers, "user"), qint64{3600 - 600});
        QCOMPARE(secondsOf(headers, "tenant"), qint64{3600 - 600});
        QCOMPARE(headerOf(headers, "RateLimit-Policy"),
                 QString("\"user\";q=20;w=3600, \"tenant\";q=40;w=3600"));
    }

    void otherSubjectsOfARefusalKeepTheirWindowEnd()
    {
        const double now = hourStart + 100.0;
        const auto outcome = decide({0, 20}, {0, 20}, now);
        QCOMPARE(outcome.refusedBy, 0);
        const auto headers = limitHeaders(subjects, outcome, now);
        QCOMPARE(secondsOf(headers, "tenant"), qint64{3500});
        QVERIFY(secondsOf(headers, "user") > 3500);
    }
};

QTEST_APPLESS_MAIN(TestLimitHeaders)
#include "TestLimitHeaders.moc"
