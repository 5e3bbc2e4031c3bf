// SPDX-License-Identifier: Apache-2.0
// Streamed exports: RFC 4180 CSV with a header row and formula-safe cells, or JSON lines; the
// same filters as the list; admins only; audited.
#include "ApiHelpers.h"
#include "LiveServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace aih::test;

namespace {

using Row = QStringList;

/// A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends. Fails the parse
/// (returns nothing) on a bare LF between records or a stray quote.
std::optional<std::vector<Row>> parseCsv(const QByteArray& bytes)
{
    const auto text = QString::fromUtf8(bytes);
    std::vector<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else if (c == '\n' || c == '"') {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty()) {
        return std::nullopt;
    }
    return rows;
}

const QStringList expectedColumns{"seq",           "id",           "occurred_at",      "action",
                                  "success",       "actor_type",   "actor_user_id",    "actor_role",
                                  "actor_email",   "actor_name",   "api_key_id",       "subject_user_id",
                                  "subject_email", "subject_name", "subject_key_name", "resource_type",
                                  "resource_id",   "ip_address",   "user_agent",       "method",
                                  "path",          "request_id",   "error_detail",     "metadata",
                                  "prev_hash",     "hash"};

} // namespace

class TestAuditExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        tenant = createTenant(client(), "export-co", "basic");
        const auto user = createUserAndLogin(client(), tenant, "sheet@export-co.example", "user");
        // Sign-ins from hostile user agents: the exported cells must not run as formulas.
        for (const auto* agent :
             {"=HYPERLINK(\"http://evil.example\",\"click\")", "@SUM(A1:A9)", "+1, \"quoted\""}) {
            client().request("POST", "/api/auth/login",
                             QJsonDocument(QJsonObject{{"tenant", tenant.slug},
                                                       {"email", "sheet@export-co.example"},
                                                       {"password", "password-for-sheet@export-co.example"}})
                                 .toJson(),
                             {{"User-Agent", agent}});
        }
        createApiKey(client(), tenant.accessToken, {{"name", "-danger, key"}});
    }

    void csvExportIsStreamedRfc4180WithAHeaderRow()
    {
        const auto response =
            client().get("/api/enterprise/audit-logs/export?format=csv", bearer(tenant.accessToken));
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type").startsWith("text/csv"));
        QCOMPARE(response.header("Transfer-Encoding"), QString("chunked"));
        QVERIFY(response.header("Content-Length").isEmpty());
        QVERIFY(response.header("Content-Disposition").startsWith("attachment; filename=\"audit-log-"));
        QCOMPARE(response.header("Cache-Control"), QString("no-store"));
        const auto rows = parseCsv(response.body);
        QVERIFY2(rows.has_value(), response.body.left(2000).constData());
        QCOMPARE(rows->front(), expectedColumns);
        const auto listed = auditEntries(client(), tenant.accessToken);
        QCOMPARE(static_cast<qsizetype>(rows->size() - 1), listed.size());
        qint64 previous = 0;
        for (std::size_t i = 1; i < rows->size(); ++i) {
            QCOMPARE((*rows)[i].size(), expectedColumns.size());
            const auto seq = (*rows)[i][0].toLongLong();
            QVERIFY(seq > previous);
            previous = seq;
        }
    }

    void formulaCellsAreNeutralised()
    {
        const auto rows = *parseCsv(
            client().get("/api/enterprise/audit-logs/export?format=csv", bearer(tenant.accessToken)).body);
        QStringList agents;
        QStringList keyNames;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            agents << rows[i][expectedColumns.indexOf("user_agent")];
            keyNames << rows[i][expectedColumns.indexOf("subject_key_name")];
            for (const auto& cell : rows[i]) {
                QVERIFY2(cell.isEmpty() || !QString("=+-@\t\r").contains(cell.front()), qPrintable(cell));
            }
        }
        QVERIFY(agents.contains("'=HYPERLINK(\"http://evil.example\",\"click\")"));
        QVERIFY(agents.contains("'@SUM(A1:A9)"));
        QVERIFY(agents.contains("'+1, \"quoted\""));
        QVERIFY(keyNames.contains("'-danger, key"));
    }

    void theActorIsNamedByTheServer()
    {
        // The admin's own sign-up and key creation: the email and name are resolved from the
        // tenant's users for each row, beside the id.
        const auto rows = *parseCsv(
            client().get("/api/enterprise/audit-logs/export?format=csv", bearer(tenant.accessToken)).body);
        const auto email = expectedColumns.indexOf("actor_email");
        const auto name = expectedColumns.indexOf("actor_name");
        const auto id = expectedColumns.indexOf("actor_user_id");
        bool sawAdmin = false;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (rows[i][id] == tenant.adminId) {
                QCOMPARE(rows[i][email], tenant.adminEmail);
                sawAdmin = true;
            }
            if (rows[i][id].isEmpty()) {
                QVERIFY(rows[i][email].isEmpty() && rows[i][name].isEmpty());
            }
        }
        QVERIFY(sawAdmin);
        for (const auto& entry : auditEntries(client(), tenant.accessToken)) {
            const auto actor = entry.toObject()["actor"].toObject();
            if (actor["user_id"].toString() == tenant.adminId) {
                QCOMPARE(actor["email"].toString(), tenant.adminEmail);
                QVERIFY(actor.contains("name"));
            }
        }
    }

    void jsonExportIsOneEntryPerLine()
    {
        const auto response =
            client().get("/api/enterprise/audit-logs/export?format=json", bearer(tenant.accessToken));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"), QString("application/x-ndjson"));
        const auto lines = response.body.trimmed().split('\n');
        QCOMPARE(lines.size(), auditEntries(client(), tenant.accessToken).size());
        qint64 previous = 0;
        for (const auto& line : lines) {
            QJsonParseError error;
            const auto entry = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(entry["seq"].toInteger() > previous);
            previous = entry["seq"].toInteger();
            QCOMPARE(entry["hash"].toString().size(), 64);
        }
        // JSON needs no spreadsheet escaping: values are exact.
        QVERIFY(response.body.contains(R"(=HYPERLINK(\"http://evil.example\",\"click\"))"));
    }

    void exportAppliesTheListFilters()
    {
        const auto response =
            client().get("/api/enterprise/audit-logs/export?format=csv&action=auth.login&success=true",
                         bearer(tenant.accessToken));
        const auto rows = *parseCsv(response.body);
        QVERIFY(rows.size() > 3);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i][3], QString("auth.login"));
            QCOMPARE(rows[i][4], QString("true"));
        }
        const auto none =
            client().get("/api/enterprise/audit-logs/export?format=csv&from=2001-01-01T00:00:00Z"
                         "&to=2001-01-02T00:00:00Z",
                         bearer(tenant.accessToken));
        QCOMPARE(parseCsv(none.body)->size(), std::size_t(1));
    }

    void exportIsForAdminsAndIsItselfAudited()
    {
        const auto manager = createUserAndLogin(client(), tenant, "mgr@export-co.example", "manager");
        QCOMPARE(client().get("/api/enterprise/audit-logs/export", bearer(manager.accessToken)).status, 403);
        const auto bad =
            client().get("/api/enterprise/audit-logs/export?format=xml", bearer(tenant.accessToken));
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.json()["errors"].toArray().first().toObject()["field"].toString(), QString("format"));
        QCOMPARE(client().get("/api/enterprise/audit-logs/export?q=a", bearer(tenant.accessToken)).status,
                 422);
        const auto before = auditEntries(client(), tenant.accessToken, "action=audit.export").size();
        QCOMPARE(client()
                     .get("/api/enterprise/audit-logs/export?format=json&action=user.create",
                          bearer(tenant.accessToken))
                     .status,
                 200);
        const auto exports = auditEntries(client(), tenant.accessToken, "action=audit.export");
        QCOMPARE(exports.size(), before + 1);
        const auto metadata = exports.first().toObject()["metadata"].toObject();
        QCOMPARE(metadata["format"].toString(), QString("jsonl"));
        QCOMPARE(metadata["action"].toString(), QString("user.create"));
    }

private:
    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture tenant;
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "TestAuditExport.moc"
