// SPDX-License-Identifier: Apache-2.0
#include "logging/Logger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest/QtTest>
#include <sstream>

using aih::logging::Format;
using aih::logging::Level;
using aih::logging::Logger;

namespace {

/// Every line written while `work` runs, in order.
template <typename Work> QStringList linesOf(Format format, Level minimum, Work work)
{
    std::ostringstream out;
    aih::logging::configure(format, minimum, out);
    work();
    aih::logging::shutdown();
    return QString::fromStdString(out.str()).split('\n', Qt::SkipEmptyParts);
}

} // namespace

class TestLogger : public QObject
{
    Q_OBJECT

private slots:
    void jsonLineCarriesComponentLevelMessageAndFields()
    {
        const Logger logger("billing");
        const auto lines = linesOf(Format::Json, Level::Info, [&] {
            logger.error("payment provider said \"no\"\nand more",
                         {{"request_id", "r-1"}, {"tenant", "t-9"}});
        });
        QCOMPARE(lines.size(), 1);
        QJsonParseError error{};
        const auto line = QJsonDocument::fromJson(lines[0].toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(line["component"].toString(), QString("billing"));
        QCOMPARE(line["level"].toString(), QString("error"));
        QCOMPARE(line["message"].toString(), QString("payment provider said \"no\"\nand more"));
        QCOMPARE(line["request_id"].toString(), QString("r-1"));
        QCOMPARE(line["tenant"].toString(), QString("t-9"));
        QVERIFY(QDateTime::fromString(line["ts"].toString(), Qt::ISODateWithMs).isValid());
    }

    void linesBelowTheLevelAreNotWritten()
    {
        const Logger logger("rate-limiter");
        const auto lines = linesOf(Format::Json, Level::Warning, [&] {
            logger.debug("debug");
            logger.info("info");
            logger.warning("warning");
            logger.error("error");
        });
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains("\"warning\""));
        QVERIFY(lines[1].contains("\"error\""));
    }

    void textLinesAreForPeople()
    {
        const Logger logger("aihd");
        const auto lines = linesOf(Format::Text, Level::Info, [&] {
            logger.info("listening", {{"port", "8080"}});
        });
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].endsWith(" info aihd: listening port=8080"), qPrintable(lines[0]));
    }

    void shutdownWritesOutEverythingQueued()
    {
        const Logger logger("usage-meter");
        const auto lines = linesOf(Format::Json, Level::Info, [&] {
            for (int i = 0; i < 2000; ++i) {
                logger.info("line " + std::to_string(i));
            }
        });
        QCOMPARE(lines.size(), 2000);
        QVERIFY(lines.last().contains("line 1999"));
    }
};

QTEST_APPLESS_MAIN(TestLogger)
#include "TestLogger.moc"
