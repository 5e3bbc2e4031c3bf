// SPDX-License-Identifier: Apache-2.0
#include "branding/DomainStore.h"

#include <pqxx/except>

namespace aih::branding {
namespace {

constexpr db::Sql findClaim{"domains.find", R"sql(
    SELECT domain,
           token,
           status,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           coalesce(to_char(checked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS checked_at_utc,
           coalesce(to_char(verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '')
               AS verified_at_utc,
           coalesce(last_error, '') AS last_error
      FROM custom_domains
)sql"};

constexpr db::Sql putClaim{"domains.put", R"sql(
    INSERT INTO custom_domains (tenant_id, domain, token)
    VALUES (aih_current_tenant(), $1, $2)
    ON CONFLICT (tenant_id) DO UPDATE
       SET domain = EXCLUDED.domain,
           token = EXCLUDED.token,
           status = 'pending',
           created_at = now(),
           checked_at = NULL,
           verified_at = NULL,
           last_error = NULL
)sql"};

constexpr db::Sql recordCheck{"domains.record_failure", R"sql(
    UPDATE custom_domains
       SET checked_at = now(),
           last_error = $1
)sql"};

constexpr db::Sql verifyClaim{"domains.verify", R"sql(
    UPDATE custom_domains
       SET status = 'verified',
           checked_at = now(),
           verified_at = now(),
           last_error = NULL
)sql"};

constexpr db::Sql deleteClaim{"domains.delete", R"sql(
    DELETE FROM custom_domains
)sql"};

constexpr db::Sql setServing{"domains.serve_on", R"sql(
    UPDATE tenants
       SET domain = $1,
           updated_at = now()
     WHERE id = aih_current_tenant()
)sql"};

constexpr db::Sql findServing{"domains.serving_tenant", R"sql(
    SELECT id FROM aih_find_tenant_by_domain($1)
)sql"};

DomainClaim claimFrom(const pqxx::row& row)
{
    return DomainClaim{row["domain"].as<std::string>(),         row["token"].as<std::string>(),
                       row["status"].as<std::string>(),         row["created_at_utc"].as<std::string>(),
                       row["checked_at_utc"].as<std::string>(), row["verified_at_utc"].as<std::string>(),
                       row["last_error"].as<std::string>()};
}

} // namespace

std::optional<DomainClaim> DomainStore::find(db::Transaction& tx)
{
    const auto rows = tx.exec(findClaim);
    if (rows.empty()) {
        return std::nullopt;
    }
    return claimFrom(rows[0]);
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
    return rows[0]["id"].as<std::string>();
}

} // namespace aih::branding
