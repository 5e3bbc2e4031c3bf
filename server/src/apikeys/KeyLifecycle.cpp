// SPDX-License-Identifier: Apache-2.0
#include "apikeys/KeyLifecycle.h"

#include "accounts/Notices.h"
#include "apikeys/ApiKeyFormat.h"
#include "apikeys/ApiKeyJson.h"
#include "apikeys/ApiKeyStore.h"
#include "logging/Logger.h"
#include "webhooks/EventOutbox.h"

namespace aih::apikeys {
namespace {

const logging::Logger keyLifecycleLogger("apikeys");

constexpr db::Sql dueTenantsSql{"api_keys.sweep_tenants", R"sql(
    SELECT id::text AS id
      FROM aih_key_sweep_tenants(make_interval(secs => $1::double precision),
                                 make_interval(secs => $2::double precision)) AS id
)sql"};

constexpr db::Sql claimExpiringSql{"api_keys.claim_expiring", R"sql(
    UPDATE api_keys SET expiry_notified_at = now()
     WHERE revoked_at IS NULL AND expiry_notified_at IS NULL
       AND expires_at > now() AND expires_at <= now() + make_interval(secs => $1::double precision)
    RETURNING id
)sql"};

constexpr db::Sql endIdleGraceSql{"api_keys.end_idle_grace", R"sql(
    UPDATE api_keys SET previous_valid_until = now()
     WHERE revoked_at IS NULL AND previous_valid_until > now()
       AND coalesce(previous_last_used_at, rotated_at) <= now() - make_interval(secs => $1::double precision)
    RETURNING id, public_id
)sql"};

} // namespace

KeyLifecycle::KeyLifecycle(db::Database& database, const audit::AuditLog& audit, db::Announce announce,
                           KeyLifecycleSettings settings)
    : database_(database), audit_(audit), announce_(std::move(announce)), settings_(settings),
      worker_([this] { sweep(); }, settings_.interval)
{
}

int KeyLifecycle::sweep()
{
    std::vector<std::string> tenants;
    try {
        tenants = database_.inPlatform([&](db::Transaction& tx) {
            std::vector<std::string> ids;
            for (const auto& row : tx.exec(dueTenantsSql, static_cast<double>(settings_.notice.count()),
                                           static_cast<double>(settings_.graceIdle.count()))) {
                ids.push_back(row["id"].as<std::string>());
            }
            return ids;
        });
    } catch (const std::exception& error) {
        keyLifecycleLogger.warning("key sweep failed; it runs again later", {{"error", error.what()}});
        return 0;
    }
    int changed = 0;
    for (const auto& tenantId : tenants) {
        try {
            changed += sweepTenant(tenantId);
        } catch (const std::exception& error) {
            keyLifecycleLogger.warning("key sweep failed for a tenant",
                                       {{"tenant", tenantId}, {"error", error.what()}});
        }
    }
    return changed;
}

int KeyLifecycle::sweepTenant(const std::string& tenantId)
{
    std::vector<std::string> graceEnded;
    const int changed = database_.inTenant(tenantId, [&](db::Transaction& tx) {
        int count = 0;
        for (const auto& row : tx.exec(claimExpiringSql, static_cast<double>(settings_.notice.count()))) {
            const auto key = ApiKeyStore::find(tx, row["id"].as<std::string>());
            webhooks::EventOutbox::publish(tx, "key.expiring", toJson(*key));
            accounts::mailKeyExpiring(tx, key->id, key->userId, key->name,
                                      displayPrefix(key->mode, key->publicId), key->expiresAt.substr(0, 10));
            ++count;
        }
        for (const auto& row : tx.exec(endIdleGraceSql, static_cast<double>(settings_.graceIdle.count()))) {
            audit_.record(tx,
                          audit::systemEvent("api_key.grace_ended")
                              .on("api_key", row["id"].as<std::string>())
                              .with("reason", "previous_secret_unused")
                              .with("idle_seconds", static_cast<Poco::Int64>(settings_.graceIdle.count())));
            graceEnded.push_back(row["public_id"].as<std::string>());
            ++count;
        }
        return count;
    });
    // Every instance drops its cached copy of the key, the old secret with it.
    for (const auto& publicId : graceEnded) {
        announce_(db::Change::key(publicId));
    }
    return changed;
}

} // namespace aih::apikeys
