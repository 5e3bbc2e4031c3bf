// SPDX-License-Identifier: Apache-2.0
#include "tenancy/TenantStore.h"

#include <pqxx/except>

namespace aih::tenancy {
namespace {

constexpr const char* columns =
    "t.id, t.name, t.slug, coalesce(t.domain, ''), t.subscription_tier, t.subscription_status, t.user_limit, "
    "t.api_rate_limit, t.settings::text, to_char(t.created_at AT TIME ZONE 'UTC', "
    "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "(SELECT count(*) FROM users u WHERE u.tenant_id = t.id AND u.active)";

const std::string selectById = std::string("SELECT ") + columns + " FROM tenants t WHERE t.id = $1";
const std::string selectForUpdate = selectById + " FOR UPDATE OF t";

constexpr db::Sql insertTenant{
    "tenants.insert", "INSERT INTO tenants (id, name, slug, subscription_tier, user_limit, api_rate_limit) "
                      "VALUES ($1, $2, $3, $4, $5, $6)"};
const db::Sql findTenant{"tenants.find", selectById};
const db::Sql findTenantForUpdate{"tenants.find_for_update", selectForUpdate};
constexpr db::Sql updateTenant{
    "tenants.update",
    "UPDATE tenants SET name = coalesce($2, name), settings = coalesce($3::jsonb, settings), "
    "updated_at = now() WHERE id = $1"};
constexpr db::Sql resolveTenant{"tenants.resolve", "SELECT id FROM aih_find_tenant($1)"};
constexpr db::Sql resolveTenantDomain{"tenants.resolve_domain",
                                      "SELECT id, subscription_tier FROM aih_find_tenant_by_domain($1)"};

std::optional<Tenant> read(const pqxx::result& result)
{
    if (result.empty()) {
        return std::nullopt;
    }
    const auto& row = result[0];
    Tenant tenant;
    tenant.id = row[0].as<std::string>();
    tenant.name = row[1].as<std::string>();
    tenant.slug = row[2].as<std::string>();
    tenant.domain = row[3].as<std::string>();
    tenant.tier = tierFromName(row[4].as<std::string>()).value_or(Tier::Free);
    tenant.status = row[5].as<std::string>();
    tenant.userLimit = row[6].as<int>();
    tenant.apiRateLimit = row[7].as<int>();
    tenant.settingsJson = row[8].as<std::string>();
    tenant.createdAt = row[9].as<std::string>();
    tenant.activeUsers = row[10].as<long long>();
    return tenant;
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
    return read(tx.exec(findTenant, id));
}

std::optional<Tenant> TenantStore::findForUpdate(db::Transaction& tx, const std::string& id)
{
    return read(tx.exec(findTenantForUpdate, id));
}

void TenantStore::update(db::Transaction& tx, const std::string& id, const std::optional<std::string>& name,
                         const std::optional<std::string>& settingsJson)
{
    tx.exec(updateTenant, id, db::nullable(name), db::nullable(settingsJson));
}

std::optional<std::string> TenantStore::resolveId(db::Transaction& tx, const std::string& key)
{
    const auto result = tx.exec(resolveTenant, key);
    if (result.empty()) {
        return std::nullopt;
    }
    return result[0][0].as<std::string>();
}

std::optional<std::pair<std::string, Tier>> TenantStore::resolveDomain(db::Transaction& tx,
                                                                       const std::string& host)
{
    const auto result = tx.exec(resolveTenantDomain, host);
    if (result.empty()) {
        return std::nullopt;
    }
    return std::make_pair(result[0][0].as<std::string>(),
                          tierFromName(result[0][1].as<std::string>()).value_or(Tier::Free));
}

} // namespace aih::tenancy
