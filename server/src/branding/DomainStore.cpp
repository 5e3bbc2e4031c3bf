// SPDX-License-Identifier: Apache-2.0
#include "branding/DomainStore.h"

#include <pqxx/except>

namespace aih::branding {
namespace {

constexpr const char* utc = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";

const std::string selectClaim =
    std::string("SELECT domain, token, status, to_char(created_at AT TIME ZONE 'UTC', ") + utc +
    "), coalesce(to_char(checked_at AT TIME ZONE 'UTC', " + utc +
    "), ''), coalesce(to_char(verified_at AT TIME ZONE 'UTC', " + utc +
    "), ''), coalesce(last_error, '') FROM custom_domains";
const db::Sql findClaim{"domains.find", selectClaim};
constexpr db::Sql putClaim{
    "domains.put",
    "INSERT INTO custom_domains (tenant_id, domain, token) VALUES (aih_current_tenant(), $1, $2) "
    "ON CONFLICT (tenant_id) DO UPDATE SET domain = EXCLUDED.domain, token = EXCLUDED.token, status = "
    "'pending', "
    "created_at = now(), checked_at = NULL, verified_at = NULL, last_error = NULL"};
constexpr db::Sql recordCheck{"domains.record_failure",
                              "UPDATE custom_domains SET checked_at = now(), last_error = $1"};
constexpr db::Sql verifyClaim{"domains.verify", "UPDATE custom_domains SET status = 'verified', checked_at = "
                                                "now(), verified_at = now(), last_error = NULL"};
constexpr db::Sql deleteClaim{"domains.delete", "DELETE FROM custom_domains"};
constexpr db::Sql setServing{
    "domains.serve_on", "UPDATE tenants SET domain = $1, updated_at = now() WHERE id = aih_current_tenant()"};
constexpr db::Sql findServing{"domains.serving_tenant", "SELECT id FROM aih_find_tenant_by_domain($1)"};

} // namespace

std::optional<DomainClaim> DomainStore::find(db::Transaction& tx)
{
    const auto rows = tx.exec(findClaim);
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& row = rows[0];
    return DomainClaim{row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                       row[3].as<std::string>(), row[4].as<std::string>(), row[5].as<std::string>(),
                       row[6].as<std::string>()};
}

void DomainStore::put(db::Transaction& tx, const std::string& domain, const std::string& token)
{
    tx.exec(putClaim, domain, token);
}

void DomainStore::recordFailure(db::Transaction& tx, const std::string& error)
{
    tx.exec(recordCheck, error);
}

void DomainStore::markVerified(db::Transaction& tx)
{
    tx.exec(verifyClaim);
}

void DomainStore::remove(db::Transaction& tx)
{
    tx.exec(deleteClaim);
}

bool DomainStore::serveOn(db::Transaction& tx, const std::optional<std::string>& domain)
{
    try {
        tx.exec(setServing, db::nullable(domain));
        return true;
    } catch (const pqxx::unique_violation&) {
        return false;
    }
}

std::optional<std::string> DomainStore::servingTenant(db::Transaction& tx, const std::string& domain)
{
    const auto rows = tx.exec(findServing, domain);
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows[0][0].as<std::string>();
}

} // namespace aih::branding
