// SPDX-License-Identifier: Apache-2.0
#include "features/audit/AuditApi.h"

#include "core/net/Json.h"

namespace aih::console {
namespace {

const QString auditPath = QStringLiteral("/api/enterprise/audit-logs");

} // namespace

QUrlQuery AuditApi::queryOf(const AuditFilter& filter)
{
    QUrlQuery query;
    if (filter.from.isValid()) {
        query.addQueryItem("from", json::timeText(filter.from));
    }
    if (filter.to.isValid()) {
        query.addQueryItem("to", json::timeText(filter.to));
    }
    if (!filter.action.isEmpty()) {
        query.addQueryItem("action", filter.action);
    }
    if (!filter.userId.isEmpty()) {
        query.addQueryItem("user_id", filter.userId);
    }
    if (filter.success >= 0) {
        query.addQueryItem("success", filter.success ? "true" : "false");
    }
    if (!filter.text.isEmpty()) {
        // Encoded here because QUrlQuery takes '%' and '+' in a value as already encoded.
        query.addQueryItem("q", QString::fromUtf8(QUrl::toPercentEncoding(filter.text)));
    }
    return query;
}

Pending<AuditBatch> AuditApi::page(const AuditFilter& filter, const QString& cursor, int limit) const
{
    auto query = queryOf(filter);
    query.addQueryItem("limit", QString::number(limit));
    if (!cursor.isEmpty()) {
        query.addQueryItem("cursor", cursor);
    }
    auto request = ApiRequest::get(auditPath, query);
    request.cacheable = cursor.isEmpty();
    return client_.call<AuditBatch>(request, [](const QJsonDocument& document) -> std::optional<AuditBatch> {
        auto entries = json::list<AuditEntry>(document, &AuditEntry::fromJson);
        if (!entries) {
            return std::nullopt;
        }
        return AuditBatch{*entries, document.object().value("next_cursor").toString()};
    });
}

Pending<Done> AuditApi::exportTo(const AuditFilter& filter, ExportFormat format, QIODevice* sink) const
{
    auto query = queryOf(filter);
    query.addQueryItem("format", format == ExportFormat::Csv ? "csv" : "json");
    auto pending = client_.call<Done>(ApiRequest::get(auditPath + "/export", query), ignoreBody);
    // The transfer timeout counts silence, not duration, so a long export is not cut off.
    pending.job()->setSink(sink);
    return pending;
}

Pending<AuditVerification> AuditApi::verify() const
{
    return client_.call<AuditVerification>(
        ApiRequest::get(auditPath + "/verify"),
        [](const QJsonDocument& document) { return json::object(document, &AuditVerification::fromJson); });
}

Pending<ComplianceReport> AuditApi::report(const QDateTime& from, const QDateTime& to) const
{
    QUrlQuery query;
    query.addQueryItem("from", json::timeText(from));
    query.addQueryItem("to", json::timeText(to));
    return client_.call<ComplianceReport>(
        ApiRequest::get(auditPath + "/report", query),
        [](const QJsonDocument& document) { return json::object(document, &ComplianceReport::fromJson); });
}

} // namespace aih::console
