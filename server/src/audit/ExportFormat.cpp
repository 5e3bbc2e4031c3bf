// SPDX-License-Identifier: Apache-2.0
#include "audit/ExportFormat.h"

#include "crypto/Hex.h"
#include "http/Response.h"
#include "util/JsonText.h"

#include <array>

namespace aih::audit {
namespace {

constexpr std::array csvColumns{"seq",           "id",           "occurred_at",      "action",
                                "success",       "actor_type",   "actor_user_id",    "actor_role",
                                "actor_email",   "actor_name",   "api_key_id",       "subject_user_id",
                                "subject_email", "subject_name", "subject_key_name", "resource_type",
                                "resource_id",   "ip_address",   "user_agent",       "method",
                                "path",          "request_id",   "error_detail",     "metadata",
                                "prev_hash",     "hash"};

std::string detail(const EntryView& view, const std::string& key)
{
    const auto it = view.subjectDetails.find(key);
    return it == view.subjectDetails.end() ? "" : it->second;
}

} // namespace

std::string_view contentTypeOf(ExportFormat format)
{
    return format == ExportFormat::Csv ? "text/csv; charset=utf-8; header=present" : "application/x-ndjson";
}

std::string_view fileExtensionOf(ExportFormat format)
{
    return format == ExportFormat::Csv ? "csv" : "jsonl";
}

std::string csvCell(std::string_view value)
{
    std::string cell;
    if (!value.empty() && (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
                           value.front() == '@' || value.front() == '\t' || value.front() == '\r')) {
        cell += '\'';
    }
    cell += value;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (const char c : cell) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

void ExportWriter::begin()
{
    if (format_ != ExportFormat::Csv) {
        return;
    }
    std::string header;
    for (const auto* column : csvColumns) {
        header += (header.empty() ? "" : ",") + std::string(column);
    }
    out_ << header << "\r\n";
}

void ExportWriter::write(const EntryView& view)
{
    if (format_ == ExportFormat::JsonLines) {
        out_ << util::toJsonText(toJson(view)) << '\n';
        return;
    }
    const auto& e = *view.entry;
    const std::array<std::string, csvColumns.size()> cells{std::to_string(e.seq),
                                                           e.id,
                                                           timestampText(e.occurredAtMicros),
                                                           e.action,
                                                           e.success ? "true" : "false",
                                                           e.actorType,
                                                           e.actorId.value_or(""),
                                                           e.actorRole.value_or(""),
                                                           view.actorEmail.value_or(""),
                                                           view.actorName.value_or(""),
                                                           e.apiKeyId.value_or(""),
                                                           e.subjectId.value_or(""),
                                                           detail(view, "email"),
                                                           detail(view, "name"),
                                                           detail(view, "key_name"),
                                                           e.resourceType.value_or(""),
                                                           e.resourceId.value_or(""),
                                                           view.ipAddress.value_or(""),
                                                           view.userAgent.value_or(""),
                                                           e.method.value_or(""),
                                                           e.path.value_or(""),
                                                           e.requestId.value_or(""),
                                                           e.errorDetail.value_or(""),
                                                           e.metadata.value_or(""),
                                                           crypto::toHex(e.prevHash),
                                                           crypto::toHex(e.hash)};
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) {
            line += ',';
        }
        line += csvCell(cells[i]);
    }
    out_ << line << "\r\n";
}

} // namespace aih::audit
