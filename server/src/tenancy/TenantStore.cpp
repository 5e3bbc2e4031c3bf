// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantStore.h"

#include "db/Fields.h"
#include "tenancy/TenantPlans.h"

#include <pqxx/except>

namespace aih::tenancy {
namespace {

constexpr db::Sql insertTenant{"tenants.insert", R"sql(
    INSERT INTO tenants (id, name, slug, subscription_tier, user_limit, api_rate_limit)
    VALUES ($1, $2, $3, $4, $5, $6)
)sql"};

constexpr db::Sql findTenant{"tenants.find", R"sql(
    SELECT t.id,
           t.name,
           t.slug,
           coalesce(t.domain, '') AS domain,
           t.subscription_tier,
           t.subscription_status,
           coalesce(t.user_limit_override, t.user_limit) AS user_limit,
           coalesce(t.api_rate_limit_override, t.api_rate_limit) AS api_rate_limit,
           t.user_limit_override,
           t.api_rate_limit_override,
           t.monthly_quota_override,
           t.settings::text AS settings,
           t.mfa_required,
           coalesce(to_char(t.suspended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS suspended_at_utc,
           coalesce(to_char(t.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS closed_at_utc,
           coalesce(to_char(t.delete_after AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS delete_after_utc,
           coalesce(to_char(t.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS deleted_at_utc,
           to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           (SELECT count(*) FROM users u WHERE u.tenant_id = t.id AND u.active) AS active_users,
           (SELECT count(*) FROM invitations i
             WHERE i.tenant_id = t.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
               AND i.expires_at > now()) AS pending_invitations
      FROM tenants t
     WHERE t.id = $1
)sql"};

// NO KEY UPDATE, not UPDATE: every insert that references the tenant (an audit entry, say) takes
// a KEY SHARE lock on its row. With FOR UPDATE, a user creation holding the row and waiting for the
// audit chain deadlocked with a request holding the chain and inserting its entry.
constexpr db::Sql findTenantForUpdate{"tenants.find_for_update", R"sql(
    SELECT t.id,
           t.name,
           t.slug,
           coalesce(t.domain, '') AS domain,
           t.subscription_tier,
           t.subscription_status,
           coalesce(t.user_limit_override, t.user_limit) AS user_limit,
           coalesce(t.api_rate_limit_override, t.api_rate_limit) AS api_rate_limit,
           t.user_limit_override,
           t.api_rate_limit_override,
           t.monthly_quota_override,
           t.settings::text AS settings,
           t.mfa_required,
           coalesce(to_char(t.suspended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS suspended_at_utc,
           coalesce(to_char(t.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS closed_at_utc,
           coalesce(to_char(t.delete_after AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS delete_after_utc,
           coalesce(to_char(t.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS deleted_at_utc,
           to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           (SELECT count(*) FROM users u WHERE u.tenant_id = t.id AND u.active) AS active_users,
           (SELECT count(*) FROM invitations i
             WHERE i.tenant_id = t.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
               AND i.expires_at > now()) AS pending_invitations
      FROM tenants t
     WHERE t.id = $1
       FOR NO KEY UPDATE OF t
)sql"};

constexpr db::Sql updateTenant{"tenants.update", R"sql(
    UPDATE tenants
       SET name = coalesce($2, name),
           settings = coalesce($3::jsonb, settings),
           mfa_required = coalesce($4, mfa_required),
           updated_at = now()
     WHERE id = $1
)sql"};

constexpr db::Sql updateOverrides{"tenants.set_limit_overrides", R"sql(
    UPDATE tenants
       SET user_limit_override = $2::integer,
           api_rate_limit_override = $3::integer,
           monthly_quota_override = $4::integer,
           updated_at = now()
     WHERE id = $1
)sql"};

// Reactivating a closing tenant cancels its closing and deletes the closing's archive: it holds
// the tenant's personal data in clear, and a later closing writes its own. The caller holds the
// tenant's row lock (findForUpdate), so `before` reads the archive id no one else can change.
constexpr db::Sql setSuspendedSql{"tenants.set_suspended", R"sql(
    WITH before AS (SELECT closing_archive_id AS archive FROM tenants WHERE id = $1),
         changed AS (
             UPDATE tenants
                SET suspended_at = CASE WHEN $2 THEN coalesce(suspended_at, now()) END,
                    closed_at = CASE WHEN $2 THEN closed_at END,
                    delete_after = CASE WHEN $2 THEN delete_after END,
                    closing_archive_id = CASE WHEN $2 THEN closing_archive_id END,
                    updated_at = now()
              WHERE id = $1
             RETURNING id)
    DELETE FROM tenant_archives
     WHERE NOT $2 AND id = (SELECT archive FROM before) AND EXISTS (SELECT 1 FROM changed)
)sql"};

constexpr db::Sql platformPageSql{"tenants.platform_page", R"sql(
    SELECT id, name, slug, coalesce(domain, '') AS domain, tier, subscription_status,
           coalesce(to_char(suspended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS suspended_at_utc,
           coalesce(to_char(closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS closed_at_utc,
           coalesce(to_char(delete_after AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS delete_after_utc,
           coalesce(to_char(deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS deleted_at_utc,
           user_limit, api_rate_limit, active_users,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at_micros
      FROM aih_platform_tenant_page($1, $2, $3, to_timestamp($4::double precision / 1e6),
                                    to_timestamp($5::double precision / 1e6), $6::timestamp, $7::uuid, $8)
)sql"};

constexpr db::Sql currentSuspendedSql{"tenants.current_suspended", R"sql(
    SELECT suspended_at IS NOT NULL AS suspended FROM tenants WHERE id = aih_current_tenant()
)sql"};

constexpr db::Sql resolveTenantById{"tenants.resolve_id", R"sql(
    SELECT aih_find_tenant_by_id($1::uuid) AS id
)sql"};

constexpr db::Sql resolveTenantBySlug{"tenants.resolve_slug", R"sql(
    SELECT aih_find_tenant_by_slug($1) AS id
)sql"};

constexpr db::Sql resolveTenantDomain{"tenants.resolve_domain", R"sql(
    SELECT id, subscription_tier FROM aih_find_tenant_by_domain($1)
)sql"};

Closure closureFrom(const pqxx::row& row)
{
    return {row["closed_at_utc"].as<std::string>(), row["delete_after_utc"].as<std::string>(),
            row["deleted_at_utc"].as<std::string>()};
}

Tenant tenantFrom(const pqxx::row& row)
{
    Tenant tenant;
    tenant.id = row["id"].as<std::string>();
    tenant.name = row["name"].as<std::string>();
    tenant.slug = row["slug"].as<std::string>();
    tenant.domain = row["domain"].as<std::string>();
    tenant.tier = tierFromName(row["subscription_tier"].as<std::string>()).value_or(Tier::Free);
    tenant.status = row["subscription_status"].as<std::string>();
    tenant.userLimit = row["user_limit"].as<int>();
    tenant.apiRateLimit = row["api_rate_limit"].as<int>();
    tenant.overrides.userLimit = db::optionalInt(row["user_limit_override"]);
    tenant.overrides.apiRateLimit = db::optionalInt(row["api_rate_limit_override"]);
    tenant.overrides.monthlyQuota = db::optionalInt(row["monthly_quota_override"]);
    tenant.monthlyQuota = monthlyQuotaOf(tenant.tier, tenant.overrides.monthlyQuota);
    tenant.settingsJson = row["settings"].as<std::string>();
    tenant.createdAt = row["created_at_utc"].as<std::string>();
    tenant.activeUsers = row["active_users"].as<long long>();
    tenant.mfaRequired = row["mfa_required"].as<std::string>();
    tenant.suspendedAt = row["suspended_at_utc"].as<std::string>();
    tenant.closure = closureFrom(row);
    tenant.pendingInvitations = row["pending_invitations"].as<long long>();
    return tenant;
}

std::optional<std::string> idOrNothing(const pqxx::result& result)
{
    const auto id = result[0]["id"];
    return id.is_null() ? std::nullopt : std::optional(id.as<std::string>());
}

std::optional<Tenant> first(const pqxx::result& result)
{
    if (result.empty()) {
        return std::nullopt;
    }
    return tenantFrom(result[0]);
}

} // namespace

bool TenantStore::insert(db::Transaction& tx, const Tenant& tenant)
{
    try {
        tx.exec(insertTenant, tenant.id, tenant.name, tenant.slug, std::string(tierName(tenant.tier)),
                tenant.userLimit, tenant.apiRateLimit);
        return true;
    } catch (const pqxx::unique_violation&) {
        return false;
    }
}

std::optional<Tenant> TenantStore::find(db::Transaction& tx, const std::string& id)
{
    return first(tx.exec(findTenant, id));
}

std::optional<Tenant> TenantStore::findForUpdate(db::Transaction& tx, const std::string& id)
{
    return first(tx.exec(findTenantForUpdate, id));
}

void TenantStore::update(db::Transaction& tx, const std::string& id, const std::optional<std::string>& name,
                         const std::optional<std::string>& settingsJson,
                         const std::optional<std::string>& mfaRequired)
{
    tx.exec(updateTenant, id, db::nullable(name), db::nullable(settingsJson), db::nullable(mfaRequired));
}

void TenantStore::setLimitOverrides(db::Transaction& tx, const std::string& id,
                                    const LimitOverrides& overrides)
{
    tx.exec(updateOverrides, id, db::nullable(db::numberText(overrides.userLimit)),
            db::nullable(db::numberText(overrides.apiRateLimit)),
            db::nullable(db::numberText(overrides.monthlyQuota)));
}

std::optional<std::string> TenantStore::resolveById(db::Transaction& tx, const std::string& id)
{
    return idOrNothing(tx.exec(resolveTenantById, id));
}

std::optional<std::string> TenantStore::resolveBySlug(db::Transaction& tx, const std::string& slug)
{
    return idOrNothing(tx.exec(resolveTenantBySlug, slug));
}

std::optional<std::pair<std::string, Tier>> TenantStore::resolveDomain(db::Transaction& tx,
                                                                       const std::string& host)
{
    const auto result = tx.exec(resolveTenantDomain, host);
    if (result.empty()) {
        return std::nullopt;
    }
    const auto& row = result[0];
    return std::make_pair(row["id"].as<std::string>(),
                          tierFromName(row["subscription_tier"].as<std::string>()).value_or(Tier::Free));
}

void TenantStore::setSuspended(db::Transaction& tx, const std::string& id, bool suspended)
{
    tx.exec(setSuspendedSql, id, suspended);
}

bool TenantStore::currentSuspended(db::Transaction& tx)
{
    const auto rows = tx.exec(currentSuspendedSql);
    return !rows.empty() && rows[0]["suspended"].as<bool>();
}

TenantSummaryPage TenantStore::platformPage(db::Transaction& tx, const TenantFilter& filter, int limit,
                                            const db::Keyset& position)
{
    const auto rows =
        tx.exec(platformPageSql, db::nullable(filter.search), db::nullable(filter.tier),
                db::nullable(filter.state), db::nullable(db::numberText(filter.createdFromMicros)),
                db::nullable(db::numberText(filter.createdToMicros)), db::nullable(position.after),
                db::nullable(position.afterId), limit + 1);
    TenantSummaryPage page;
    for (const auto& row : rows) {
        if (static_cast<int>(page.tenants.size()) == limit) {
            const auto& last = page.tenants.back();
            page.nextCursor = db::Keyset::encode(last.createdAtMicros, last.id);
            break;
        }
        TenantSummary tenant;
        tenant.id = row["id"].as<std::string>();
        tenant.name = row["name"].as<std::string>();
        tenant.slug = row["slug"].as<std::string>();
        tenant.domain = row["domain"].as<std::string>();
        tenant.tier = tierFromName(row["tier"].as<std::string>()).value_or(Tier::Free);
        tenant.subscriptionStatus = row["subscription_status"].as<std::string>();
        tenant.suspendedAt = row["suspended_at_utc"].as<std::string>();
        tenant.closure = closureFrom(row);
        tenant.closure = closureFrom(row);
        tenant.userLimit = row["user_limit"].as<int>();
        tenant.apiRateLimit = row["api_rate_limit"].as<int>();
        tenant.activeUsers = row["active_users"].as<long long>();
        tenant.createdAt = row["created_at_utc"].as<std::string>();
        tenant.createdAtMicros = row["created_at_micros"].as<std::string>();
        page.tenants.push_back(std::move(tenant));
    }
    return page;
}

} // namespace aih::tenancy
