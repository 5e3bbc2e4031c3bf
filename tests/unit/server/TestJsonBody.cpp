// SPDX-License-Identifier: Apache-2.0
#include "errors/ApiError.h"
#include "http/ErrorStatus.h"
#include "http/JsonBody.h"
#include "http/JsonLimits.h"

#include <QtTest/QtTest>
#include <optional>
#include <string>

using aih::errors::ApiError;
using aih::errors::ErrorCode;
using aih::http::JsonBody;

namespace {

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

/// The error `work` throws, or nothing if it completes.
template <typename Work> std::optional<ApiError> errorFrom(Work&& work)
{
    try {
        work();
    } catch (const ApiError& error) {
        return error;
    }
    return std::nullopt;
}

std::optional<ApiError> parseError(const QByteArray& text)
{
    return errorFrom([&] { (void)JsonBody::parse(view(text)); });
}

/// `{"a": [[...]]}` nested `depth` levels in all (the object counts as one).
QByteArray nested(int depth)
{
    const int arrays = depth - 1;
    return "{\"a\":" + QByteArray(arrays, '[') + QByteArray(arrays, ']') + "}";
}

/// `{"s": "xxx..."}` whose one string value holds `length` bytes.
QByteArray withStringOf(qsizetype length)
{
    return "{\"s\":\"" + QByteArray(length, 'x') + "\"}";
}

QByteArray fieldOf(const ApiError& error, std::size_t index)
{
    return index < error.fieldErrors().size() ? QByteArray::fromStdString(error.fieldErrors()[index].field)
                                              : QByteArray("<no field error>");
}

} // namespace

class TestJsonBody : public QObject
{
    Q_OBJECT

private slots:
    void validObjectIsReadFieldByField();
    void nonObjectTopLevelIsRefused_data();
    void nonObjectTopLevelIsRefused();
    void malformedJsonIsRefused_data();
    void malformedJsonIsRefused();
    void nestingOf32IsAcceptedAnd33Refused();
    void bracketsInsideStringsDoNotCountAsNesting();
    void rawNulByteIsRefused();
    void escapedNulIsRefused();
    void escapedBackslashBeforeU0000IsNotANul();
    void invalidUtf8IsRefused_data();
    void invalidUtf8IsRefused();
    void oversizedStringsAreRefused();
    void stringOfExactlyTheLimitIsAccepted();
    void oversizedKeysAreRefused();
    void unknownFieldsAreReportedByFinish();
    void readingAnAbsentFieldStillMarksItKnown();
    void typeMismatchNamesTheField_data();
    void typeMismatchNamesTheField();
    void missingRequiredStringNamesTheField();
    void stringLongerThanMaxLengthIsRefused();
    void nullIsTreatedAsAbsent();
    void nullableIntegerTellsNullFromAbsent();
};

void TestJsonBody::validObjectIsReadFieldByField()
{
    auto body =
        JsonBody::parse(R"({"name":"Acme Ltd","active":true,"branding":{"color":"#112233"},"note":"x"})");
    QCOMPARE(QByteArray::fromStdString(body.requiredString("name")), QByteArray("Acme Ltd"));
    QCOMPARE(body.optionalBool("active"), std::optional<bool>(true));
    const auto branding = body.optionalObject("branding");
    QVERIFY(branding);
    QCOMPARE(QByteArray::fromStdString(branding->getValue<std::string>("color")), QByteArray("#112233"));
    QCOMPARE(body.optionalString("note"), std::optional<std::string>("x"));
    QVERIFY(!errorFrom([&] { body.finish(); }));
}

void TestJsonBody::nonObjectTopLevelIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("array of objects") << QByteArray(R"([{"name":"x"}])");
    QTest::newRow("string") << QByteArray(R"("name")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("boolean") << QByteArray("true");
    QTest::newRow("null") << QByteArray("null");
}

void TestJsonBody::nonObjectTopLevelIsRefused()
{
    QFETCH(QByteArray, text);
    const auto error = parseError(text);
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::MalformedJson);
}

void TestJsonBody::malformedJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("whitespace") << QByteArray("   ");
    QTest::newRow("unclosed object") << QByteArray(R"({"name":"x")");
    QTest::newRow("missing value") << QByteArray(R"({"name":})");
    QTest::newRow("single quotes") << QByteArray("{'name':'x'}");
    QTest::newRow("unquoted key") << QByteArray(R"({name:"x"})");
    QTest::newRow("unterminated string") << QByteArray(R"({"name":"x})");
    QTest::newRow("bare word") << QByteArray(R"({"name":acme})");
    QTest::newRow("form encoded") << QByteArray("name=acme&slug=acme");
}

void TestJsonBody::malformedJsonIsRefused()
{
    QFETCH(QByteArray, text);
    const auto error = parseError(text);
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::MalformedJson);
}

void TestJsonBody::nestingOf32IsAcceptedAnd33Refused()
{
    QVERIFY(!parseError(nested(32)));
    const auto error = parseError(nested(33));
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::MalformedJson);
    QVERIFY(QByteArray::fromStdString(error->detail()).contains("nested"));

    // The same limit holds for objects nested in objects.
    QByteArray objects;
    for (int i = 0; i < 33; ++i) {
        objects += "{\"a\":";
    }
    objects += "1" + QByteArray(33, '}');
    QVERIFY(parseError(objects));
}

void TestJsonBody::bracketsInsideStringsDoNotCountAsNesting()
{
    const QByteArray text = "{\"a\":\"" + QByteArray(100, '[') + QByteArray(100, '{') + "\"}";
    auto body = JsonBody::parse(view(text));
    QCOMPARE(body.requiredString("a").size(), std::size_t{200});

    // An escaped quote does not end the string, so the brackets after it are still text.
    const QByteArray escaped = "{\"a\":\"\\\"" + QByteArray(40, '[') + "\"}";
    QVERIFY(!parseError(escaped));
}

void TestJsonBody::rawNulByteIsRefused()
{
    const QByteArray inString("{\"a\":\"x\0y\"}", 11);
    QCOMPARE(inString.size(), 11);
    const auto error = parseError(inString);
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::MalformedJson);

    const QByteArray outsideString("{\"a\":1}\0", 8);
    QVERIFY(parseError(outsideString));

    // The limit check itself refuses NUL, whatever the parser would make of it.
    const auto limitError = errorFrom([&] { aih::http::checkJsonWithinLimits(view(inString)); });
    QVERIFY(limitError);
    QVERIFY(limitError->code() == ErrorCode::MalformedJson);
    QVERIFY(QByteArray::fromStdString(limitError->detail()).contains("NUL"));
}

void TestJsonBody::escapedNulIsRefused()
{
    const auto error = parseError(R"({"a":"x\u0000y"})");
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::MalformedJson);
    QVERIFY(parseError(R"({"\u0000":"y"})"));
    // Other escapes are fine.
    QVERIFY(!parseError(R"({"a":"\u0041\n\t"})"));
}

void TestJsonBody::escapedBackslashBeforeU0000IsNotANul()
{
    // `\\u0000` is a backslash followed by the text "u0000", not a NUL character.
    auto body = JsonBody::parse(R"({"a":"\\u0000"})");
    QCOMPARE(QByteArray::fromStdString(body.requiredString("a")), QByteArray("\\u0000"));
}

void TestJsonBody::invalidUtf8IsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("byte FF") << QByteArray("{\"a\":\"\xff\"}");
    QTest::newRow("overlong NUL") << QByteArray("{\"a\":\"\xc0\x80\"}");
    QTest::newRow("surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}");
    QTest::newRow("truncated") << QByteArray("{\"a\":\"\xe2\x82\"}");
    QTest::newRow("latin-1 key") << QByteArray("{\"caf\xe9\":\"x\"}");
}

void TestJsonBody::invalidUtf8IsRefused()
{
    QFETCH(QByteArray, text);
    const auto error = parseError(text);
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::MalformedJson);
    QVERIFY(QByteArray::fromStdString(error->detail()).contains("UTF-8"));
}

void TestJsonBody::oversizedStringsAreRefused()
{
    const aih::http::JsonLimits limits;
    const auto limit = static_cast<qsizetype>(limits.maxStringBytes);
    QCOMPARE(limit, qsizetype{64 * 1024});

    QVERIFY(!parseError(withStringOf(limit - 1)));
    const auto error = parseError(withStringOf(limit + 1));
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::MalformedJson);
    QVERIFY(QByteArray::fromStdString(error->detail()).contains("too long"));
    QVERIFY(parseError(withStringOf(4 * limit)));

    // Smaller limits are honoured too.
    const aih::http::JsonLimits tight{32, 8};
    const auto nine = withStringOf(9);
    QVERIFY(errorFrom([&] { aih::http::checkJsonWithinLimits(view(nine), tight); }));
    const auto seven = withStringOf(7);
    QVERIFY(!errorFrom([&] { aih::http::checkJsonWithinLimits(view(seven), tight); }));
}

void TestJsonBody::stringOfExactlyTheLimitIsAccepted()
{
    const aih::http::JsonLimits tight{32, 8};
    const auto eight = withStringOf(8);
    const bool accepted = !errorFrom([&] { aih::http::checkJsonWithinLimits(view(eight), tight); });
    QVERIFY(accepted);
}

void TestJsonBody::oversizedKeysAreRefused()
{
    const auto limit = static_cast<qsizetype>(aih::http::JsonLimits{}.maxStringBytes);
    const QByteArray text = "{\"" + QByteArray(limit + 1, 'k') + "\":1}";
    const auto error = parseError(text);
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::MalformedJson);
}

void TestJsonBody::unknownFieldsAreReportedByFinish()
{
    auto body = JsonBody::parse(R"({"name":"Acme","role":"admin","tenant_id":"other"})");
    (void)body.requiredString("name");
    const auto error = errorFrom([&] { body.finish(); });
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::UnknownField);
    QCOMPARE(aih::http::describe(error->code()).status, 400);
    QCOMPARE(error->fieldErrors().size(), std::size_t{2});
    QList<QByteArray> fields{fieldOf(*error, 0), fieldOf(*error, 1)};
    std::sort(fields.begin(), fields.end());
    QCOMPARE(fields, (QList<QByteArray>{"role", "tenant_id"}));
    const auto detail = QByteArray::fromStdString(error->detail());
    QVERIFY(detail.contains("role"));
    QVERIFY(detail.contains("tenant_id"));
    QVERIFY(!detail.contains("name"));
}

void TestJsonBody::readingAnAbsentFieldStillMarksItKnown()
{
    auto body = JsonBody::parse(R"({"name":"Acme"})");
    QVERIFY(!body.optionalString("display_name"));
    QVERIFY(!body.optionalBool("active"));
    QVERIFY(!body.optionalObject("branding"));
    QVERIFY(errorFrom([&] { body.finish(); })); // name has not been read yet
    (void)body.optionalString("name");
    QVERIFY(!errorFrom([&] { body.finish(); }));

    auto empty = JsonBody::parse("{}");
    QVERIFY(!errorFrom([&] { empty.finish(); }));
}

void TestJsonBody::typeMismatchNamesTheField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("accessor");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("number for string")
        << QByteArray(R"({"name":42})") << QByteArray("string") << QByteArray("name");
    QTest::newRow("bool for string") << QByteArray(R"({"slug":true})") << QByteArray("string")
                                     << QByteArray("slug");
    QTest::newRow("array for string")
        << QByteArray(R"({"email":["a@b.co"]})") << QByteArray("string") << QByteArray("email");
    QTest::newRow("object for string")
        << QByteArray(R"({"name":{"x":1}})") << QByteArray("string") << QByteArray("name");
    QTest::newRow("string for bool") << QByteArray(R"({"active":"true"})") << QByteArray("bool")
                                     << QByteArray("active");
    QTest::newRow("number for bool") << QByteArray(R"({"active":1})") << QByteArray("bool")
                                     << QByteArray("active");
    QTest::newRow("array for object")
        << QByteArray(R"({"branding":[]})") << QByteArray("object") << QByteArray("branding");
    QTest::newRow("string for object")
        << QByteArray(R"({"branding":"{}"})") << QByteArray("object") << QByteArray("branding");
}

void TestJsonBody::typeMismatchNamesTheField()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, accessor);
    QFETCH(QByteArray, field);

    auto body = JsonBody::parse(view(text));
    const auto name = field.toStdString();
    const auto error = errorFrom([&] {
        if (accessor == "string") {
            (void)body.optionalString(name);
        } else if (accessor == "bool") {
            (void)body.optionalBool(name);
        } else {
            (void)body.optionalObject(name);
        }
    });
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::ValidationFailed);
    QCOMPARE(error->fieldErrors().size(), std::size_t{1});
    QCOMPARE(fieldOf(*error, 0), field);
}

void TestJsonBody::missingRequiredStringNamesTheField()
{
    auto body = JsonBody::parse(R"({"other":"x"})");
    const auto error = errorFrom([&] { (void)body.requiredString("email"); });
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::ValidationFailed);
    QCOMPARE(fieldOf(*error, 0), QByteArray("email"));
    QCOMPARE(QByteArray::fromStdString(error->fieldErrors().front().message), QByteArray("is required"));
}

void TestJsonBody::stringLongerThanMaxLengthIsRefused()
{
    auto body = JsonBody::parse("{\"name\":\"abcde\",\"city\":\"\xc3\xa9\xc3\xa9\xc3\xa9\"}");
    QCOMPARE(body.optionalString("name", 5), std::optional<std::string>("abcde"));
    const auto tooLong = errorFrom([&] { (void)body.requiredString("name", 4); });
    QVERIFY(tooLong);
    QVERIFY(tooLong->code() == ErrorCode::ValidationFailed);
    QCOMPARE(fieldOf(*tooLong, 0), QByteArray("name"));
    // The limit counts bytes: three 2-byte characters are 6 bytes.
    QVERIFY(errorFrom([&] { (void)body.optionalString("city", 5); }));
    QVERIFY(!errorFrom([&] { (void)body.optionalString("city", 6); }));
}

void TestJsonBody::nullIsTreatedAsAbsent()
{
    auto body = JsonBody::parse(R"({"name":null,"active":null,"branding":null,"note":null})");
    QVERIFY(!body.optionalString("name").has_value());
    QVERIFY(!body.optionalBool("active").has_value());
    QVERIFY(!body.optionalObject("branding"));
    const auto error = errorFrom([&] { (void)body.requiredString("note"); });
    QVERIFY(error);
    QVERIFY(error->code() == ErrorCode::ValidationFailed);
    QCOMPARE(fieldOf(*error, 0), QByteArray("note"));
    QVERIFY(!errorFrom([&] { body.finish(); }));
}

void TestJsonBody::nullableIntegerTellsNullFromAbsent()
{
    auto body = JsonBody::parse(R"({"cleared":null,"set":250000,"text":"5"})");
    const auto cleared = body.optionalNullableInteger("cleared");
    QVERIFY(cleared.has_value());
    QVERIFY(!cleared->has_value());
    QCOMPARE(body.optionalNullableInteger("set"), std::optional(std::optional<long long>(250000)));
    QVERIFY(!body.optionalNullableInteger("absent").has_value());
    const auto error = errorFrom([&] { (void)body.optionalNullableInteger("text"); });
    QVERIFY(error);
    QCOMPARE(fieldOf(*error, 0), QByteArray("text"));
    QVERIFY(!errorFrom([&] { body.finish(); }));
}

QTEST_APPLESS_MAIN(TestJsonBody)
#include "TestJsonBody.moc"
