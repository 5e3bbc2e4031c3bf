// SPDX-License-Identifier: Apache-2.0
#include "sso/SsoDomainStore.h"

namespace aih::sso {
namespace {

constexpr db::Sql listDomainsSql{"sso_domains.list", R"sql(
    SELECT id,
           domain,
           coalesce(connection_id::text, '') AS connection_id,
           token,
           status,
           to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at_utc,
           coalesce(to_char(checked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS checked_at_utc,
           coalesce(to_char(verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS verified_at_utc,
           coalesce(last_error, '') AS last_error
      FROM sso_domains
     ORDER BY domain
)sql"};

constexpr db::Sql insertDomainSql{"sso_domains.insert", R"sql(
    INSERT INTO sso_domains (tenant_id, domain, connection_id, token)
    VALUES (aih_current_tenant(), $1, nullif($2, '')::uuid, $3)
    RETURNING id
)sql"};

constexpr db::Sql recordFailureSql{"sso_domains.record_failure", R"sql(
    UPDATE sso_domains SET checked_at = now(), last_error = $2 WHERE id = $1::uuid
)sql"};

constexpr db::Sql markVerifiedSql{"sso_domains.mark_verified", R"sql(
    UPDATE sso_domains
       SET status = 'verified', checked_at = now(), verified_at = now(), last_error = NULL
     WHERE id = $1::uuid
)sql"};

constexpr db::Sql removeDomainSql{"sso_domains.remove", R"sql(
    DELETE FROM sso_domains WHERE id = $1::uuid
)sql"};

constexpr db::Sql tenantOfSql{"sso_domains.tenant_of", R"sql(
    SELECT aih_sso_domain_tenant($1)::text AS tenant_id
)sql"};

SsoDomain domainOf(const pqxx::row& row)
{
    SsoDomain domain;
    domain.id = row["id"].as<std::string>();
    domain.domain = row["domain"].as<std::string>();
    domain.connectionId = row["connection_id"].as<std::string>();
    domain.token = row["token"].as<std::string>();
    domain.status = row["status"].as<std::string>();
    domain.createdAt = row["created_at_utc"].as<std::string>();
    domain.checkedAt = row["checked_at_utc"].as<std::string>();
    domain.verifiedAt = row["verified_at_utc"].as<std::string>();
    domain.lastError = row["last_error"].as<std::string>();
    return domain;
}

std::string domainOfEmail(const std::string& email)
{
    const auto at = email.rfind('@');
    std::string domain = at == std::string::npos ? std::string() : email.substr(at + 1);
    for (auto& c : domain) {
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return domain;
}

} // namespace

// A tenant claims a handful of domains: one statement reads them all.
std::vector<SsoDomain> SsoDomainStore::list(db::Transaction& tx)
{
    std::vector<SsoDomain> domains;
    for (const auto& row : tx.exec(listDomainsSql)) {
        domains.push_back(domainOf(row));
    }
    return domains;
}

std::optional<SsoDomain> SsoDomainStore::find(db::Transaction& tx, const std::string& id)
{
    for (auto& domain : list(tx)) {
        if (domain.id == id) {
            return std::move(domain);
        }
    }
    return std::nullopt;
}

std::optional<SsoDomain> SsoDomainStore::verifiedFor(db::Transaction& tx, const std::string& email)
{
    const auto name = domainOfEmail(email);
    for (auto& domain : list(tx)) {
        if (domain.domain == name && domain.status == "verified") {
            return std::move(domain);
        }
    }
    return std::nullopt;
}

std::optional<std::string> SsoDomainStore::insert(db::Transaction& tx, const std::string& domain,
                                                  const std::string& connectionId, const std::string& token)
{
    try {
        return tx.exec(insertDomainSql, domain, connectionId, token)[0]["id"].as<std::string>();
    } catch (const pqxx::unique_violation&) {
        return std::nullopt;
    }
}

void SsoDomainStore::recordFailure(db::Transaction& tx, const std::string& id, const std::string& error)
{
    tx.exec(recordFailureSql, id, error);
}

bool SsoDomainStore::markVerified(db::Transaction& tx, const std::string& id)
{
    try {
        tx.exec(markVerifiedSql, id);
        return true;
    } catch (const pqxx::unique_violation&) {
        return false;
    }
}

bool SsoDomainStore::remove(db::Transaction& tx, const std::string& id)
{
    return tx.exec(removeDomainSql, id).affected_rows() > 0;
}

std::optional<std::string> SsoDomainStore::tenantOf(db::Transaction& tx, const std::string& domain)
{
    const auto rows = tx.exec(tenantOfSql, domain);
    if (rows.empty() || rows[0]["tenant_id"].is_null()) {
        return std::nullopt;
    }
    return rows[0]["tenant_id"].as<std::string>();
}

} // namespace aih::sso
