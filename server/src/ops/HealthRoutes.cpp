// SPDX-License-Identifier: Apache-2.0
#include "ops/HealthRoutes.h"

#include "errors/ApiError.h"
#include "http/RequestContext.h"

namespace aih::ops {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

constexpr db::Sql appliedMigrations{"ops.applied_migrations", R"sql(
    SELECT count(*) AS applied FROM schema_migrations
)sql"};

} // namespace

void addHealthRoutes(http::Router& router, db::Database& database, const db::ChangeListener& changes,
                     std::size_t migrationCount, ratelimit::FailoverRateLimiter& limiter,
                     const std::string& mailTransport)
{
    router.add({"GET", "/healthz", Access::Open, Role::User,
                [](RequestContext&) {
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("status", "ok");
                    return Response::json(200, out);
                },
                "Liveness: the process answers"});

    // Both answer anyone, so a load balancer can probe them without a credential; what readiness
    // depends on (database, schema, Redis) is the operator's to see, as the contract has it.
    router.add(
        {"GET", "/readyz", Access::Open, Role::User,
         [&database, &changes, migrationCount, &limiter, mailTransport](RequestContext& ctx) {
             const bool detailed = ctx.principal.isOperator();
             const auto notReady = [detailed](const char* detail, const char* state) {
                 auto error =
                     errors::ApiError(errors::ErrorCode::ServiceUnavailable, detailed ? detail : "Not ready.")
                         .withRetryAfter(2);
                 return detailed ? error.withExtension("database", state) : error;
             };
             std::size_t applied = 0;
             try {
                 applied = database.inPlatform([](db::Transaction& tx) {
                     return tx.exec(appliedMigrations)[0]["applied"].as<std::size_t>();
                 });
             } catch (const std::exception&) {
                 throw notReady("The database is unreachable.", "down");
             }
             if (applied < migrationCount) {
                 throw notReady("Migrations are pending.", "migrations_pending");
             }
             if (!changes.connected()) {
                 throw notReady("Not listening for changes to cached data; reconnecting.", "not_listening");
             }
             Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
             out->set("status", "ready");
             if (!detailed) {
                 return Response::json(200, out);
             }
             out->set("database", "ok");
             out->set("migrations", static_cast<int>(applied));
             out->set("redis", ratelimit::stateName(limiter.probe()));
             // Mail is not needed to serve; without SMTP_URL it goes to the log, and says so here.
             out->set("mail", mailTransport == "log" ? std::string("disabled") : mailTransport);
             return Response::json(200, out);
         },
         "Readiness: database reachable, migrations applied, changes heard"});
}

} // namespace aih::ops
