// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "features/audit/AuditEntry.h"
#include "features/audit/ComplianceReport.h"

class QIODevice;

namespace aih::console {

struct AuditBatch
{
    QList<AuditEntry> entries;
    QString nextCursor;
};

/// The calls of the Audit page: `/api/enterprise/audit-logs` with its export, verify and report.
class AuditApi
{
public:
    /// JSON lines is what the server sends for `format=json`: one entry per line
    /// (`application/x-ndjson`), saved as it arrives.
    enum class ExportFormat
    {
        Csv,
        JsonLines
    };

    explicit AuditApi(const ApiClient& client) : client_(client) {}

    /// One page (the server pages through the log; `cursor` empty for the first).
    Pending<AuditBatch> page(const AuditFilter& filter, const QString& cursor, int limit) const;
    /// Streams the filtered entries into `sink`; follow the job's progress() for bytes.
    Pending<Done> exportTo(const AuditFilter& filter, ExportFormat format, QIODevice* sink) const;
    Pending<AuditVerification> verify() const;
    /// The compliance summary of `from`..`to`.
    Pending<ComplianceReport> report(const QDateTime& from, const QDateTime& to) const;

    static QUrlQuery queryOf(const AuditFilter& filter);

private:
    const ApiClient& client_;
};

} // namespace aih::console
