// SPDX-License-Identifier: Apache-2.0
// A query parameter that is malformed or out of range is a 422 `validation_failed` naming it,
// on every route, like a body field (never a 400, a 500, or a silent default). The routes and
// their parameters come from the served OpenAPI document, and the bad values from each
// parameter's schema, so a newly documented parameter is tried without touching this test.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QtTest>

using namespace aih::test;

namespace {

struct QueryOperation
{
    QString path;
    QJsonObject operation;
    QList<QJsonObject> parameters; ///< query parameters, $refs resolved
};

QJsonObject resolved(const QJsonObject& document, const QJsonObject& parameter)
{
    const auto ref = parameter["$ref"].toString();
    if (ref.isEmpty()) {
        return parameter;
    }
    return document["components"].toObject()["parameters"].toObject()[ref.section('/', -1)].toObject();
}

/// Every GET of the document that takes query parameters. Only GETs take them today; a
/// mutation with query parameters fails the test below until it is taught to send a body.
QList<QueryOperation> operationsWithQueryParameters(const QJsonObject& document)
{
    QList<QueryOperation> found;
    const auto paths = document["paths"].toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const auto item = path.value().toObject();
        for (auto method = item.begin(); method != item.end(); ++method) {
            QueryOperation entry{path.key(), method.value().toObject(), {}};
            // A browser's return from an identity provider (a 303 onwards) carries OAuth's answer
            // parameters, not an API query; its refusals are OAuth's, tested in TestSingleSignOn.
            const auto responses = entry.operation["responses"].toObject();
            if (responses.contains("303") && !responses.contains("200")) {
                continue;
            }
            // SCIM's parameters are refused in SCIM's form (400, scimType), tested in TestScim;
            // the portal's return carries the provider's answer like the callback.
            if (responses["400"].toObject()["content"].toObject().contains("application/scim+json") ||
                path.key() == "/portal/sso/return") {
                continue;
            }
            for (const auto& value : entry.operation["parameters"].toArray()) {
                const auto parameter = resolved(document, value.toObject());
                if (parameter["in"].toString() == "query") {
                    entry.parameters.append(parameter);
                }
            }
            if (!entry.parameters.isEmpty()) {
                entry.operation["x-method"] = method.key();
                found.append(entry);
            }
        }
    }
    return found;
}

/// Values the parameter's schema rules out (the server may rule out more, never less).
QStringList badValuesFor(const QJsonObject& parameter)
{
    const auto schema = parameter["schema"].toObject();
    QStringList bad;
    if (parameter["name"].toString() == "cursor") {
        // Opaque to clients: anything the server did not issue.
        bad << "not-a-cursor"
            << ""
            << "2026-01-01T00:00:00.000000|x"
            << "1.x";
    }
    if (schema["type"].toString() == "integer") {
        bad << "abc"
            << "1.5"
            << "";
        if (schema.contains("minimum")) {
            bad << QString::number(schema["minimum"].toInteger() - 1) << "-1";
        }
        if (schema.contains("maximum")) {
            bad << QString::number(schema["maximum"].toInteger() + 1);
        }
    }
    if (schema.contains("enum")) {
        bad << "bogus"
            << "xml"
            << "maybe" << schema["enum"].toArray().first().toString().toUpper();
    }
    if (schema["format"].toString() == "date-time") {
        bad << "yesterday"
            << "2026-13-45T10:00:00Z"
            << "2026-11-24"
            << "1969-12-31T23:59:59Z";
    }
    if (schema["format"].toString() == "uuid") {
        bad << "not-a-uuid"
            << "00000000-0000-0000-0000-00000000000g";
    }
    if (schema.contains("pattern")) {
        bad << "NOT VALID!"
            << "";
    }
    if (schema.contains("minLength")) {
        bad << QString(schema["minLength"].toInt() - 1, 'a');
    }
    if (schema.contains("maxLength")) {
        bad << QString(schema["maxLength"].toInt() + 1, 'a');
    }
    bad.removeDuplicates();
    return bad;
}

std::string withQuery(const QString& path, const QString& query)
{
    return (path + "?" + query).toStdString();
}

QString pair(const QString& name, const QString& value)
{
    return name + "=" + QString::fromUtf8(QUrl::toPercentEncoding(value));
}

} // namespace

class TestQueryParameters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        // Enterprise, so no plan feature stands between a request and its parameters.
        tenant = createTenant(client(), "query-co", "enterprise");
        const auto served = client().get("/api/openapi.json");
        QCOMPARE(served.status, 200);
        document = QJsonDocument::fromJson(served.body).object();
        operations = operationsWithQueryParameters(document);
        QVERIFY2(operations.size() >= 8, "the document lists fewer routes with query parameters than it did");
        // Paths with an id get a real one of the tenant's: an endpoint at a public address
        // (example.com's); any delivery to it fails here, harmlessly.
        const auto endpoint =
            client().post("/api/enterprise/webhooks",
                          {{"url", "https://93.184.215.14/aih"}, {"event_types", QJsonArray{"*"}}},
                          bearer(tenant.accessToken));
        QCOMPARE(endpoint.status, 201);
        for (auto& entry : operations) {
            entry.path.replace("/api/enterprise/webhooks/{id}/",
                               "/api/enterprise/webhooks/" + endpoint.json()["id"].toString() + "/");
        }
        deriveRows();
    }

    void everyOperationWithQueryParametersDocuments422()
    {
        for (const auto& entry : operations) {
            QVERIFY2(entry.operation["responses"].toObject().contains("422"), qPrintable(entry.path));
        }
    }

    void everyRouteAnswersWithoutParameters()
    {
        // So that the 422s below come from the parameters, not from a route this caller cannot use.
        for (const auto& entry : operations) {
            QCOMPARE(entry.operation["x-method"].toString(), QString("get"));
            QVERIFY2(!entry.path.contains('{'), qPrintable("teach this test to fill in " + entry.path));
            const auto response =
                client().get(entry.path.toStdString(), headersFor(entry.path, operatorOnly(entry.operation)));
            QVERIFY2(response.status == 200,
                     qPrintable(entry.path + ": " + QString::number(response.status)));
        }
    }

    void everyQueryParameterHasValuesToRefuse()
    {
        QVERIFY2(underivable.isEmpty(),
                 qPrintable("give these a type, format, enum, pattern or length so this "
                            "test can derive bad values: " +
                            underivable.join(", ")));
        QVERIFY(rows.size() > 60);
    }

    void badQueryParameterIs422NamingIt_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("asOperator");
        for (const auto& row : rows) {
            QTest::addRow("%s?%s", qPrintable(row.path), qPrintable(row.query))
                << row.path << row.query << row.field << row.asOperator;
        }
    }

    void badQueryParameterIs422NamingIt()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(bool, asOperator);
        const auto response = client().get(withQuery(path, query), headersFor(path, asOperator));
        QVERIFY2(response.status == 422, qPrintable(QString::number(response.status) + " " + response.body));
        QVERIFY(response.header("Content-Type").startsWith("application/problem+json"));
        QCOMPARE(response.code(), QString("validation_failed"));
        const auto errors = response.json()["errors"].toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject()["field"].toString(), field);
        QVERIFY(!errors.first().toObject()["message"].toString().isEmpty());
    }

    void crossTenantUserIdFiltersToNothing()
    {
        // Another tenant's user id is well formed: it filters the caller's own trail, finding nothing.
        const auto other = createTenant(client(), "query-other", "enterprise");
        const auto response =
            client().get(withQuery("/api/enterprise/audit-logs", pair("user_id", other.adminId)),
                         bearer(tenant.accessToken));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json()["data"].toArray().size(), 0);
    }

private:
    struct Row
    {
        QString path;
        QString query;
        QString field;
        bool asOperator = false;
    };

    const HttpClient& client() const { return *live->client; }

    /// Operator-only routes get the operator; everything else a tenant admin.
    bool operatorOnly(const QJsonObject& operation) const
    {
        const auto security =
            operation.contains("security") ? operation["security"].toArray() : document["security"].toArray();
        for (const auto& requirement : security) {
            if (!requirement.toObject().contains("operatorToken")) {
                return false;
            }
        }
        return true;
    }

    /// The caller's credential; for a portal page, also the tenant's own host, which is how a
    /// portal is reached (no credential chooses it).
    Headers headersFor(const QString& path, bool asOperator) const
    {
        auto headers = asOperator ? operatorAuth() : bearer(tenant.accessToken);
        if (path.startsWith("/portal")) {
            const auto host = tenantHost(tenant.slug);
            headers.insert(headers.end(), host.begin(), host.end());
        }
        return headers;
    }

    void deriveRows()
    {
        for (const auto& entry : operations) {
            for (const auto& parameter : entry.parameters) {
                const auto name = parameter["name"].toString();
                const auto bad = badValuesFor(parameter);
                if (bad.isEmpty()) {
                    underivable << entry.path + " ?" + name;
                }
                const QRegularExpression pattern(parameter["schema"].toObject()["pattern"].toString());
                for (const auto& value : bad) {
                    if (!pattern.pattern().isEmpty() && pattern.match(value).hasMatch()) {
                        underivable << entry.path + " ?" + name + " (pattern accepts " + value + ")";
                    }
                    rows.append({entry.path, pair(name, value), name, operatorOnly(entry.operation)});
                }
            }
        }
        // Rules between parameters, which no single parameter's schema can express.
        const QString analytics = "/api/enterprise/admin/analytics";
        const QString audit = "/api/enterprise/audit-logs";
        const QString early = "2026-01-01T00:00:00Z";
        const QString late = "2026-01-02T00:00:00Z";
        const QList<Row> combined = {
            {analytics, pair("from", early), "to"},
            {analytics, pair("to", late), "from"},
            {analytics, pair("from", late) + "&" + pair("to", early), "to"},
            {analytics, "period=7d&" + pair("from", early) + "&" + pair("to", late), "period"},
            {analytics, "bucket=day", "from"},
            {analytics, pair("from", "2020-01-01T00:00:00Z") + "&" + pair("to", late) + "&bucket=hour",
             "bucket"},
            {analytics, pair("from", early) + "&" + pair("to", late) + "&bucket=minute", "from"},
            {audit, pair("from", late) + "&" + pair("to", early), "to"},
            {audit + "/export", pair("from", late) + "&" + pair("to", late), "to"},
            {audit + "/report", pair("from", late) + "&" + pair("to", early), "to"},
            {audit + "/verify", "checkpoint_seq=1", "checkpoint_hash"},
            {audit + "/verify", "checkpoint_hash=" + QString(64, 'a'), "checkpoint_seq"},
        };
        rows.append(combined);
    }

    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
    QJsonObject document;
    QList<QueryOperation> operations;
    QList<Row> rows;
    QStringList underivable;
};

QTEST_GUILESS_MAIN(TestQueryParameters)
#include "TestQueryParameters.moc"
