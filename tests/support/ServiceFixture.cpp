// SPDX-License-Identifier: Apache-2.0
#include "ServiceFixture.h"

#include "db/Migrator.h"
#include "db/PoolLogin.h"
#include "errors/ApiError.h"
#include "users/UserStore.h"

#include <pqxx/pqxx>

namespace aih::test {
namespace {

/// Migrates before the pool is built, and gives the pool its own login, as aihd does at start-up.
std::string migrated(const TestDatabase& database)
{
    db::Migrator(database.url()).migrate();
    return db::preparePoolLogin(database.url());
}

} // namespace

errors::ErrorCode errorCodeOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const errors::ApiError& error) {
        return error.code();
    }
    return errors::ErrorCode::Internal;
}

ServiceFixture::ServiceFixture()
    : pool(migrated(testDatabase), 4, std::chrono::seconds(5)), database(pool),
      auditKeys("service-fixture-secret-key-0123456789abcdef"), auditLog(auditKeys),
      tenants(
          database, hasher, passwordPolicy, auditLog, signUps, [](const db::Change&) {},
          // A self sign-up's owner is unverified, as in the server; no mail leaves here.
          [](db::Transaction& tx, const users::User& owner, const std::string&) {
              users::UserStore::setEmailVerified(tx, owner.id, false);
          })
{
}

std::string ServiceFixture::createTenant(const std::string& slug, const std::string& tier)
{
    auto operatorCall = operatorCaller();
    const auto created = tenants.create(
        operatorCall, {"Tenant " + slug, slug, tier, "admin@" + slug + ".example", "admin-password-1"});
    admins_[created.tenant.id] = created.owner->id;
    return created.tenant.id;
}

identity::Caller ServiceFixture::adminOf(const std::string& tenantId) const
{
    return userCaller(tenantId, admins_.at(tenantId), Role::Admin);
}

identity::Caller ServiceFixture::userCaller(const std::string& tenantId, const std::string& userId, Role role)
{
    identity::Caller caller;
    caller.principal = identity::Principal::user(userId, tenantId, "", role);
    caller.tenantId = tenantId;
    caller.origin = {"203.0.113.7", "service-test", "TEST", "/", "req-service-test"};
    return caller;
}

identity::Caller ServiceFixture::operatorCaller()
{
    identity::Caller caller;
    caller.principal.kind = identity::Principal::Kind::Operator;
    caller.origin = {"203.0.113.1", "service-test", "TEST", "/", "req-operator"};
    return caller;
}

std::vector<std::string> ServiceFixture::auditedActions(const std::string& tenantId)
{
    pqxx::connection owner(testDatabase.url());
    pqxx::work tx(owner);
    std::vector<std::string> actions;
    for (const auto& row :
         tx.exec_params("SELECT action FROM audit_log WHERE tenant_id = $1 ORDER BY seq", tenantId)) {
        actions.push_back(row["action"].as<std::string>());
    }
    return actions;
}

} // namespace aih::test
