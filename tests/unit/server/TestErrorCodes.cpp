// SPDX-License-Identifier: Apache-2.0
#include "errors/ApiError.h"
#include "errors/ErrorCode.h"
#include "http/ErrorStatus.h"
#include "http/Problem.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <QtTest/QtTest>
#include <set>
#include <string>

using aih::errors::ApiError;
using aih::errors::ErrorCode;

Q_DECLARE_METATYPE(aih::errors::ErrorCode)

namespace {

constexpr int lastCode = static_cast<int>(ErrorCode::Internal);

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

bool isSnakeCase(std::string_view code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    return pattern.match(QString::fromUtf8(bytes(code))).hasMatch();
}

Poco::JSON::Object::Ptr parseObject(const std::string& body)
{
    Poco::JSON::Parser parser;
    return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
}

QByteArray header(const aih::http::Response& response, const std::string& name)
{
    for (const auto& [key, value] : response.headers) {
        if (key == name) {
            return QByteArray::fromStdString(value);
        }
    }
    return {};
}

int headerCount(const aih::http::Response& response, const std::string& name)
{
    int count = 0;
    for (const auto& entry : response.headers) {
        count += entry.first == name ? 1 : 0;
    }
    return count;
}

} // namespace

class TestErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeMapsToItsOwnRow_data();
    void everyCodeMapsToItsOwnRow();
    void codeStringsAreUniqueSnakeCaseWithTitles();
    void outOfRangeCodeFallsBackToInternal();
    void validationHelperNamesTheField();
    void problemResponseIsAProblemDocument();
    void problemResponseListsFieldErrorsInOrder();
    void problemResponseOmitsErrorsWhenThereAreNone();
    void problemResponseCarriesExtensions();
    void problemResponseEscapesWhatItQuotes();
    void problemResponseSetsRetryAfterOnlyWhenAsked();
};

void TestErrorCodes::everyCodeMapsToItsOwnRow_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("MalformedRequest")
        << ErrorCode::MalformedRequest << 400 << QByteArray("malformed_request");
    QTest::newRow("MalformedJson") << ErrorCode::MalformedJson << 400 << QByteArray("malformed_json");
    QTest::newRow("UnknownField") << ErrorCode::UnknownField << 400 << QByteArray("unknown_field");
    QTest::newRow("Unauthenticated") << ErrorCode::Unauthenticated << 401 << QByteArray("unauthenticated");
    QTest::newRow("InvalidCredentials")
        << ErrorCode::InvalidCredentials << 401 << QByteArray("invalid_credentials");
    QTest::newRow("Forbidden") << ErrorCode::Forbidden << 403 << QByteArray("forbidden");
    QTest::newRow("TenantMismatch") << ErrorCode::TenantMismatch << 403 << QByteArray("tenant_mismatch");
    QTest::newRow("NotFound") << ErrorCode::NotFound << 404 << QByteArray("not_found");
    QTest::newRow("MethodNotAllowed")
        << ErrorCode::MethodNotAllowed << 405 << QByteArray("method_not_allowed");
    QTest::newRow("Conflict") << ErrorCode::Conflict << 409 << QByteArray("conflict");
    QTest::newRow("LastAdmin") << ErrorCode::LastAdmin << 409 << QByteArray("last_admin");
    QTest::newRow("PlanLimit") << ErrorCode::PlanLimit << 402 << QByteArray("plan_limit");
    QTest::newRow("FeatureNotInPlan")
        << ErrorCode::FeatureNotInPlan << 402 << QByteArray("feature_not_in_plan");
    QTest::newRow("PayloadTooLarge") << ErrorCode::PayloadTooLarge << 413 << QByteArray("payload_too_large");
    QTest::newRow("UnsupportedMediaType")
        << ErrorCode::UnsupportedMediaType << 415 << QByteArray("unsupported_media_type");
    QTest::newRow("ValidationFailed")
        << ErrorCode::ValidationFailed << 422 << QByteArray("validation_failed");
    QTest::newRow("RateLimited") << ErrorCode::RateLimited << 429 << QByteArray("rate_limited");
    QTest::newRow("InvalidSignature")
        << ErrorCode::InvalidSignature << 400 << QByteArray("invalid_signature");
    QTest::newRow("InvalidToken") << ErrorCode::InvalidToken << 400 << QByteArray("invalid_token");
    QTest::newRow("PaymentProviderError")
        << ErrorCode::PaymentProviderError << 502 << QByteArray("payment_provider_error");
    QTest::newRow("ServiceUnavailable")
        << ErrorCode::ServiceUnavailable << 503 << QByteArray("service_unavailable");
    QTest::newRow("ExportsBusy") << ErrorCode::ExportsBusy << 503 << QByteArray("exports_busy");
    QTest::newRow("Internal") << ErrorCode::Internal << 500 << QByteArray("internal_error");
}

void TestErrorCodes::everyCodeMapsToItsOwnRow()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, status);
    QFETCH(QByteArray, name);

    const auto& description = aih::http::describe(code);
    QCOMPARE(description.status, status);
    QCOMPARE(bytes(description.code), name);
    QVERIFY(!description.title.empty());
}

void TestErrorCodes::codeStringsAreUniqueSnakeCaseWithTitles()
{
    std::set<std::string_view> codes;
    for (int i = 0; i <= lastCode; ++i) {
        const auto& description = aih::http::describe(static_cast<ErrorCode>(i));
        QVERIFY2(isSnakeCase(description.code), bytes(description.code).constData());
        QVERIFY2(codes.insert(description.code).second, bytes(description.code).constData());
        QVERIFY(!description.title.empty());
        QVERIFY(description.status >= 400 && description.status <= 599);
    }
    QCOMPARE(codes.size(), static_cast<std::size_t>(lastCode + 1));
}

void TestErrorCodes::outOfRangeCodeFallsBackToInternal()
{
    const auto& description = aih::http::describe(static_cast<ErrorCode>(lastCode + 1));
    QCOMPARE(description.status, 500);
    QCOMPARE(bytes(description.code), QByteArray("internal_error"));
}

void TestErrorCodes::validationHelperNamesTheField()
{
    const auto error = ApiError::validation("email", "is not an email address");
    QVERIFY(error.code() == ErrorCode::ValidationFailed);
    QCOMPARE(error.fieldErrors().size(), std::size_t{1});
    QCOMPARE(QByteArray::fromStdString(error.fieldErrors().front().field), QByteArray("email"));
    QCOMPARE(QByteArray::fromStdString(error.fieldErrors().front().message),
             QByteArray("is not an email address"));
    QVERIFY(!error.retryAfterSeconds().has_value());
}

void TestErrorCodes::problemResponseIsAProblemDocument()
{
    const ApiError error(ErrorCode::TenantMismatch, "That token is for another tenant.");
    const auto response = aih::http::problemResponse(error, "req-123");

    QCOMPARE(response.status, 403);
    QCOMPARE(QByteArray::fromStdString(response.contentType), QByteArray("application/problem+json"));
    const auto body = parseObject(response.body);
    QCOMPARE(body->getValue<int>("status"), 403);
    QCOMPARE(QByteArray::fromStdString(body->getValue<std::string>("code")), QByteArray("tenant_mismatch"));
    QCOMPARE(QByteArray::fromStdString(body->getValue<std::string>("title")),
             bytes(aih::http::describe(ErrorCode::TenantMismatch).title));
    QCOMPARE(QByteArray::fromStdString(body->getValue<std::string>("detail")),
             QByteArray("That token is for another tenant."));
    QCOMPARE(QByteArray::fromStdString(body->getValue<std::string>("request_id")), QByteArray("req-123"));
    QVERIFY(QByteArray::fromStdString(body->getValue<std::string>("type")).endsWith("/tenant_mismatch"));
    QVERIFY(!body->has("errors"));
    QCOMPARE(headerCount(response, "Retry-After"), 0);
}

void TestErrorCodes::problemResponseListsFieldErrorsInOrder()
{
    auto error = ApiError::validation("slug", "must be 3 to 63 characters");
    error.withField("primary_color", "must be #RRGGBB");
    const auto response = aih::http::problemResponse(error, "req-1");

    QCOMPARE(response.status, 422);
    const auto body = parseObject(response.body);
    QCOMPARE(QByteArray::fromStdString(body->getValue<std::string>("code")), QByteArray("validation_failed"));
    const auto errors = body->getArray("errors");
    QVERIFY(errors);
    QCOMPARE(errors->size(), std::size_t{2});
    QCOMPARE(QByteArray::fromStdString(errors->getObject(0)->getValue<std::string>("field")),
             QByteArray("slug"));
    QCOMPARE(QByteArray::fromStdString(errors->getObject(0)->getValue<std::string>("message")),
             QByteArray("must be 3 to 63 characters"));
    QCOMPARE(QByteArray::fromStdString(errors->getObject(1)->getValue<std::string>("field")),
             QByteArray("primary_color"));
    QCOMPARE(QByteArray::fromStdString(errors->getObject(1)->getValue<std::string>("message")),
             QByteArray("must be #RRGGBB"));
}

void TestErrorCodes::problemResponseOmitsErrorsWhenThereAreNone()
{
    const auto response = aih::http::problemResponse(ApiError(ErrorCode::NotFound, "No such tenant."), "r");
    QCOMPARE(response.status, 404);
    QVERIFY(!parseObject(response.body)->has("errors"));
}

void TestErrorCodes::problemResponseCarriesExtensions()
{
    ApiError error(ErrorCode::FeatureNotInPlan, "Custom branding needs the pro plan.");
    error.withExtension("required_plan", "pro").withExtension("feature", "custom_branding");
    const auto response = aih::http::problemResponse(error, "req-9");

    QCOMPARE(response.status, 402);
    const auto body = parseObject(response.body);
    QCOMPARE(QByteArray::fromStdString(body->getValue<std::string>("required_plan")), QByteArray("pro"));
    QCOMPARE(QByteArray::fromStdString(body->getValue<std::string>("feature")),
             QByteArray("custom_branding"));
    QCOMPARE(QByteArray::fromStdString(body->getValue<std::string>("code")),
             QByteArray("feature_not_in_plan"));
}

void TestErrorCodes::problemResponseEscapesWhatItQuotes()
{
    // Details and fields can echo what a client sent: quotes, backslashes, control bytes, UTF-8.
    const std::string awkward = "say \"hi\" \\ path/to\n\t\x01 caf\xc3\xa9";
    ApiError error(ErrorCode::MalformedRequest, awkward);
    error.withField(awkward, awkward).withExtension("record_value", awkward);
    const auto response = aih::http::problemResponse(error, "req-\"7");

    QVERIFY(response.body.find('\n') == std::string::npos);
    const auto body = parseObject(response.body);
    QCOMPARE(body->getValue<std::string>("detail"), awkward);
    QCOMPARE(body->getValue<std::string>("record_value"), awkward);
    QCOMPARE(body->getValue<std::string>("request_id"), std::string("req-\"7"));
    QCOMPARE(body->getArray("errors")->getObject(0)->getValue<std::string>("field"), awkward);
    QCOMPARE(body->getArray("errors")->getObject(0)->getValue<std::string>("message"), awkward);
}

void TestErrorCodes::problemResponseSetsRetryAfterOnlyWhenAsked()
{
    ApiError limited(ErrorCode::RateLimited, "Too many sign-in attempts.");
    limited.withRetryAfter(120);
    const auto response = aih::http::problemResponse(limited, "req-2");
    QCOMPARE(response.status, 429);
    QCOMPARE(headerCount(response, "Retry-After"), 1);
    QCOMPARE(header(response, "Retry-After"), QByteArray("120"));

    const auto plain = aih::http::problemResponse(ApiError(ErrorCode::RateLimited, "Slow down."), "req-3");
    QCOMPARE(headerCount(plain, "Retry-After"), 0);
}

QTEST_APPLESS_MAIN(TestErrorCodes)
#include "TestErrorCodes.moc"
