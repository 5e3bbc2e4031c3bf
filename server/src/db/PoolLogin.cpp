// SPDX-License-Identifier: Apache-2.0
#include "db/PoolLogin.h"

#include "crypto/Secrets.h"
#include "db/Sql.h"

#include <libpq-fe.h>
#include <map>
#include <memory>
#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/nontransaction>
#include <stdexcept>

namespace aih::db {
namespace {

// Creating the role and its one membership only writes the catalogue when something is missing:
// parallel start-ups of aihd (or of test databases in one cluster) then race only the first time,
// and a loser of that race finds the role there and carries on.
constexpr Sql ensureRoleSql{"pool_login.ensure_role", R"sql(
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aih_pool') THEN
            CREATE ROLE aih_pool LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
        IF NOT pg_has_role('aih_pool', 'aih_app', 'MEMBER') THEN
            GRANT aih_app TO aih_pool;
        END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;
    END $$
)sql"};

// Only the label of the derivation: changing it changes every derived password.
constexpr std::string_view passwordContext = "aih pool login v1";

using ConnInfo = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

ConnInfo parse(const std::string& url)
{
    char* error = nullptr;
    ConnInfo options(PQconninfoParse(url.c_str(), &error), &PQconninfoFree);
    if (!options) {
        const std::string detail = error ? error : "out of memory";
        PQfreemem(error);
        throw std::invalid_argument("the database URL cannot be parsed: " + detail);
    }
    return options;
}

std::string quoted(const std::string& value)
{
    std::string out = "'";
    for (const char c : value) {
        if (c == '\'' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "'";
}

std::optional<std::string> passwordOf(const std::string& url)
{
    const auto options = parse(url);
    for (auto* option = options.get(); option->keyword; ++option) {
        if (std::string_view(option->keyword) == "password" && option->val && *option->val) {
            return std::string(option->val);
        }
    }
    return std::nullopt;
}

bool canLogIn(const std::string& url)
{
    try {
        pqxx::connection probe(url);
        return true;
    } catch (const pqxx::broken_connection&) {
        return false;
    }
}

} // namespace

std::string withLogin(const std::string& url, const std::string& user,
                      const std::optional<std::string>& password)
{
    const auto options = parse(url);
    std::map<std::string, std::string> values;
    for (auto* option = options.get(); option->keyword; ++option) {
        if (option->val && *option->val) {
            values[option->keyword] = option->val;
        }
    }
    values["user"] = user;
    values.erase("password");
    if (password) {
        values["password"] = *password;
    }
    std::string out;
    for (const auto& [keyword, value] : values) {
        out += (out.empty() ? "" : " ") + keyword + "=" + quoted(value);
    }
    return out;
}

std::string preparePoolLogin(const std::string& ownerUrl)
{
    std::optional<std::string> password;
    if (const auto ownerPassword = passwordOf(ownerUrl)) {
        password = crypto::hmacSha256Hex(*ownerPassword, passwordContext);
    }
    auto poolUrl = withLogin(ownerUrl, poolLoginRole, password);
    try {
        pqxx::connection owner(ownerUrl);
        pqxx::nontransaction setup(owner);
        setup.exec(std::string(ensureRoleSql.text));
        if (!canLogIn(poolUrl) && password) {
            // Set only when the login fails: every aihd derives the same password, so one that
            // already works is left alone rather than rewritten by each start-up.
            setup.exec("ALTER ROLE aih_pool PASSWORD " + setup.quote(*password));
        }
    } catch (const pqxx::sql_error& error) {
        throw std::runtime_error(std::string("cannot prepare the pool's login role aih_pool (") +
                                 error.what() +
                                 "); create a login role that owns nothing, grant it aih_app, and set "
                                 "DATABASE_URL to it and AIH_MIGRATION_DATABASE_URL to the owner");
    }
    if (!canLogIn(poolUrl)) {
        throw std::runtime_error(
            "the database refuses the pool's login as aih_pool; allow it in pg_hba.conf, or "
            "set DATABASE_URL to a login role that owns nothing and is granted aih_app, and "
            "AIH_MIGRATION_DATABASE_URL to the owner");
    }
    return poolUrl;
}

} // namespace aih::db
