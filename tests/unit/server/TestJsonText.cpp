// SPDX-License-Identifier: Apache-2.0
#include "util/JsonText.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <QtTest>
#include <sstream>

using namespace aih;

namespace {

std::string pocoText(const Poco::Dynamic::Var& value)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out, 0, -1, Poco::JSON_WRAP_STRINGS);
    return out.str();
}

/// Every kind of value responses hold, nested, with every ASCII character in one string.
Poco::JSON::Object::Ptr sample()
{
    std::string ascii;
    for (int c = 1; c < 128; ++c) {
        ascii += static_cast<char>(c);
    }
    Poco::JSON::Object::Ptr inner = new Poco::JSON::Object;
    inner->set("z", 1);
    inner->set("a", "sorted, not preserved");
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    list->add(inner);
    list->add(Poco::Dynamic::Var());
    list->add(-7);
    list->add(std::string("caf\xc3\xa9"));
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("text", ascii);
    out->set("b", 1.5);
    out->set("big", static_cast<Poco::Int64>(12345678901234));
    out->set("unsigned", static_cast<Poco::UInt64>(18446744073709551615ULL));
    out->set("yes", true);
    out->set("no", false);
    out->set("nothing", Poco::Dynamic::Var());
    out->set("sum", 0.1 + 0.2);
    out->set("whole", 3.0);
    out->set("letter", 'x');
    out->set("list", list);
    out->set("empty", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
    out->set("a", "after the others: insertion order kept");
    return out;
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatPocoWritesIgnoringHexCase()
    {
        // Poco writes \u001F, this writer \u001f: the same JSON. Everything else byte for byte.
        auto expected = QString::fromStdString(pocoText(sample()));
        auto actual = QString::fromStdString(util::toJsonText(sample()));
        static const QRegularExpression unicodeEscape("\\\\u00([0-9A-Fa-f]{2})");
        const auto lowered = [](QString text) {
            QString out;
            qsizetype from = 0;
            for (auto it = unicodeEscape.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                out += text.mid(from, match.capturedStart() - from) + match.captured(0).toLower();
                from = match.capturedEnd();
            }
            return out + text.mid(from);
        };
        QCOMPARE(lowered(actual), lowered(expected));
        QVERIFY(actual.startsWith("{\"text\":\"\\u0001"));
        QVERIFY(actual.endsWith(",\"a\":\"after the others: insertion order kept\"}"));
    }

    void parsesBackToTheSameValues()
    {
        Poco::JSON::Parser parser;
        const auto parsed = parser.parse(util::toJsonText(sample())).extract<Poco::JSON::Object::Ptr>();
        QCOMPARE(QString::fromStdString(pocoText(parsed)),
                 QString::fromStdString(pocoText(parser.parse(pocoText(sample())))));
        QCOMPARE(parsed->getValue<std::string>("letter"), std::string("x"));
        QVERIFY(parsed->isNull("nothing"));
    }

    void writesScalarsAndEmptyContainers()
    {
        QCOMPARE(util::toJsonText(Poco::Dynamic::Var()), std::string("null"));
        QCOMPARE(util::toJsonText(std::string("a\"b")), std::string("\"a\\\"b\""));
        QCOMPARE(util::toJsonText(42), std::string("42"));
        QCOMPARE(util::toJsonText(Poco::JSON::Object::Ptr(new Poco::JSON::Object)), std::string("{}"));
        QCOMPARE(util::toJsonText(Poco::JSON::Array::Ptr(new Poco::JSON::Array)), std::string("[]"));
    }
};

QTEST_APPLESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
