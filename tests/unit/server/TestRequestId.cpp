// SPDX-License-Identifier: Apache-2.0
#include "aih/Validation.h"
#include "http/RequestId.h"

#include <QtTest/QtTest>
#include <set>
#include <string>

namespace {

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

class TestRequestId : public QObject
{
    Q_OBJECT

private slots:
    void saneIdsAreEchoed_data();
    void saneIdsAreEchoed();
    void insaneIdsAreReplacedWithAFreshUuid_data();
    void insaneIdsAreReplacedWithAFreshUuid();
    void generatedIdsAreUnique();
};

void TestRequestId::saneIdsAreEchoed_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::newRow("one char") << QByteArray("a");
    QTest::newRow("word") << QByteArray("abc");
    QTest::newRow("all allowed punctuation") << QByteArray("req-123_x.Y");
    QTest::newRow("uuid") << QByteArray("0b9c2f4e-5d1a-4c3b-9e8f-7a6b5c4d3e2f");
    QTest::newRow("128 chars") << QByteArray(128, 'r');
}

void TestRequestId::saneIdsAreEchoed()
{
    QFETCH(QByteArray, offered);
    QCOMPARE(QByteArray::fromStdString(aih::http::requestIdFor(view(offered))), offered);
}

void TestRequestId::insaneIdsAreReplacedWithAFreshUuid_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("129 chars") << QByteArray(129, 'r');
    QTest::newRow("space") << QByteArray("req 1");
    QTest::newRow("newline for log injection") << QByteArray("req-1\nINFO forged line");
    QTest::newRow("carriage return") << QByteArray("req-1\r");
    QTest::newRow("semicolon") << QByteArray("a;b");
    QTest::newRow("slash") << QByteArray("a/b");
    QTest::newRow("colon") << QByteArray("a:b");
    QTest::newRow("markup") << QByteArray("<script>");
    QTest::newRow("quote") << QByteArray("a\"b");
    QTest::newRow("NUL") << QByteArray("ab\0cd", 5);
    QTest::newRow("unicode") << QByteArray("r\xc3\xa9q");
}

void TestRequestId::insaneIdsAreReplacedWithAFreshUuid()
{
    QFETCH(QByteArray, offered);
    const auto id = aih::http::requestIdFor(view(offered));
    QVERIFY(QByteArray::fromStdString(id) != offered);
    QVERIFY2(aih::isUuid(id), id.c_str());
}

void TestRequestId::generatedIdsAreUnique()
{
    std::set<std::string> ids;
    for (int i = 0; i < 200; ++i) {
        ids.insert(aih::http::requestIdFor(""));
    }
    QCOMPARE(ids.size(), std::size_t{200});
}

QTEST_APPLESS_MAIN(TestRequestId)
#include "TestRequestId.moc"
