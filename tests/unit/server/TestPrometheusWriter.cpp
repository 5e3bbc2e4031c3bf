// SPDX-License-Identifier: Apache-2.0
#include "http/RequestMetrics.h"
#include "observability/PrometheusWriter.h"

#include <QtTest>
#include <array>
#include <limits>

using namespace aih;
using namespace aih::observability;

class TestPrometheusWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesHelpTypeAndSamples()
    {
        PrometheusWriter out;
        out.family("aih_things_total", "counter", "Things seen.");
        out.sample("aih_things_total", {{"kind", "a"}, {"state", "ok"}}, std::uint64_t{3});
        out.sample("aih_things_total", {}, 1.5);
        QCOMPARE(QString::fromStdString(out.text()), QString("# HELP aih_things_total Things seen.\n"
                                                             "# TYPE aih_things_total counter\n"
                                                             "aih_things_total{kind=\"a\",state=\"ok\"} 3\n"
                                                             "aih_things_total 1.5\n"));
    }

    void escapesLabelValuesAndHelp()
    {
        QCOMPARE(QString::fromStdString(escapeLabelValue("a\\b\"c\nd")), QString("a\\\\b\\\"c\\nd"));
        // Quotes need no escaping in help text, backslashes and line feeds do.
        QCOMPARE(QString::fromStdString(escapeHelp("say \"x\"\\\nnext")), QString("say \"x\"\\\\\\nnext"));
        PrometheusWriter out;
        out.sample("m", {{"route", "/a/\"{id}\"\n"}}, std::uint64_t{1});
        QCOMPARE(QString::fromStdString(out.text()), QString("m{route=\"/a/\\\"{id}\\\"\\n\"} 1\n"));
    }

    void formatsSpecialValues()
    {
        QCOMPARE(QString::fromStdString(formatValue(std::numeric_limits<double>::infinity())),
                 QString("+Inf"));
        QCOMPARE(QString::fromStdString(formatValue(-std::numeric_limits<double>::infinity())),
                 QString("-Inf"));
        QCOMPARE(QString::fromStdString(formatValue(std::numeric_limits<double>::quiet_NaN())),
                 QString("NaN"));
        QCOMPARE(QString::fromStdString(formatValue(0.0005)), QString("0.0005"));
        QCOMPARE(QString::fromStdString(formatValue(10.0)), QString("10"));
    }

    void writesCumulativeHistogramEndingInInf()
    {
        PrometheusWriter out;
        const std::array<double, 2> bounds{0.1, 1.0};
        const std::array<std::uint64_t, 3> counts{2, 0, 1};
        out.histogram("h", {{"route", "/x"}}, bounds, counts, 2.25);
        QCOMPARE(QString::fromStdString(out.text()), QString("h_bucket{route=\"/x\",le=\"0.1\"} 2\n"
                                                             "h_bucket{route=\"/x\",le=\"1\"} 2\n"
                                                             "h_bucket{route=\"/x\",le=\"+Inf\"} 3\n"
                                                             "h_sum{route=\"/x\"} 2.25\n"
                                                             "h_count{route=\"/x\"} 3\n"));
    }

    void requestMetricsUseThePatternAndBoundedLabels()
    {
        http::Router router;
        router.add({"GET", "/api/things/{id}", http::Access::Public, Role::User, {}, ""});
        http::RequestMetrics metrics;
        metrics.bind(router);
        const auto* route = &router.routes().front();
        metrics.record(route, 200, std::chrono::microseconds(300));        // bucket le=0.0005
        metrics.record(route, 200, std::chrono::microseconds(1000));       // exactly on le=0.001
        metrics.record(route, 200, std::chrono::microseconds(20'000'000)); // past every bound
        metrics.record(route, 799, std::chrono::microseconds(10));         // unknown status
        metrics.record(nullptr, 404, std::chrono::microseconds(10));       // matched no route
        PrometheusWriter out;
        metrics.writeMetrics(out);
        const auto text = QString::fromStdString(out.text());
        const QString labels = "method=\"GET\",route=\"/api/things/{id}\",status=\"200\"";
        QVERIFY(text.contains("aih_http_requests_total{" + labels + "} 3\n"));
        QVERIFY(text.contains("aih_http_request_duration_seconds_bucket{" + labels + ",le=\"0.0005\"} 1\n"));
        QVERIFY(text.contains("aih_http_request_duration_seconds_bucket{" + labels + ",le=\"0.001\"} 2\n"));
        QVERIFY(text.contains("aih_http_request_duration_seconds_bucket{" + labels + ",le=\"10\"} 2\n"));
        QVERIFY(text.contains("aih_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} 3\n"));
        QVERIFY(text.contains("aih_http_request_duration_seconds_sum{" + labels + "} 20.0013\n"));
        QVERIFY(text.contains(
            "aih_http_requests_total{method=\"GET\",route=\"/api/things/{id}\",status=\"other\"} 1\n"));
        QVERIFY(
            text.contains("aih_http_requests_total{method=\"*\",route=\"unmatched\",status=\"404\"} 1\n"));
        QVERIFY(!text.contains("status=\"201\""));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusWriter)
#include "TestPrometheusWriter.moc"
