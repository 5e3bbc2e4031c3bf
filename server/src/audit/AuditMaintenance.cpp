// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditMaintenance.h"

#include "audit/AuditStore.h"
#include "audit/Checkpoint.h"
#include "crypto/Hex.h"
#include "logging/Logger.h"

namespace aih::audit {
namespace {

const logging::Logger auditMaintenanceLogger("audit-maintenance");

constexpr db::Sql tenantsDueSql{"audit.tenants_due", R"sql(
    SELECT tenant_id, needs_checkpoint, needs_purge
      FROM aih_audit_tenants_due(make_interval(secs => $1::double precision))
)sql"};

} // namespace

AuditMaintenance::AuditMaintenance(db::Database& database, const AuditLog& log, DenialRecorder& denials,
                                   std::chrono::milliseconds flushInterval,
                                   std::chrono::seconds checkpointInterval)
    : database_(database), log_(log), denials_(denials), checkpointInterval_(checkpointInterval),
      nextMaintenance_(std::chrono::steady_clock::now() + checkpointInterval),
      worker_([this] { tick(); }, flushInterval)
{
}

void AuditMaintenance::tick()
{
    denials_.flush();
    if (std::chrono::steady_clock::now() >= nextMaintenance_) {
        runOnce();
        nextMaintenance_ = std::chrono::steady_clock::now() + checkpointInterval_;
    }
}

void AuditMaintenance::runOnce()
{
    try {
        const auto due = database_.inPlatform([&](db::Transaction& tx) {
            return tx.exec(tenantsDueSql, static_cast<double>(checkpointInterval_.count()));
        });
        for (const auto& row : due) {
            maintainTenant(row["tenant_id"].as<std::string>(), row["needs_checkpoint"].as<bool>(),
                           row["needs_purge"].as<bool>());
        }
    } catch (const std::exception& failure) {
        auditMaintenanceLogger.error(std::string("audit maintenance failed: ") + failure.what());
    }
}

void AuditMaintenance::maintainTenant(const std::string& tenantId, bool checkpoint, bool purge)
{
    try {
        database_.inTenant(tenantId, [&](db::Transaction& tx) {
            if (purge) {
                AuditStore::lockChain(tx);
                if (const auto purged = AuditStore::purgeExpired(tx)) {
                    AuditEvent event;
                    event.action = "audit.purge";
                    event.actor.type = ActorType::System;
                    event.with("rows_purged", purged->rowsPurged)
                        .with("through_seq", purged->throughSeq)
                        .with("anchor_hash", crypto::toHex(purged->anchorHash))
                        .with("retention_days", purged->retentionDays);
                    log_.record(tx, event);
                    checkpoint = true;
                }
            }
            if (checkpoint) {
                signHead(tx, log_.keys());
            }
        });
    } catch (const std::exception& failure) {
        auditMaintenanceLogger.error(std::string("audit maintenance failed: ") + failure.what(),
                                     {{"tenant_id", tenantId}});
    }
}

} // namespace aih::audit
