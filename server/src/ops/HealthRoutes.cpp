// SPDX-License-Identifier: Apache-2.0
#include "ops/HealthRoutes.h"

#include "http/ApiError.h"

namespace aih::ops {
namespace {

using http::Access;
using http::RequestContext;
using http::Response;

constexpr db::Sql appliedMigrations{"ops.applied_migrations", "SELECT count(*) FROM schema_migrations"};

} // namespace

void addHealthRoutes(http::Router& router, db::Database& database, std::size_t migrationCount,
                     ratelimit::FailoverRateLimiter& limiter)
{
    router.add({"GET", "/healthz", Access::Public, Role::User,
                [](RequestContext&) {
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
                    out->set("status", "ok");
                    return Response::json(200, out);
                },
                "Liveness: the process answers"});

    router.add({"GET", "/readyz", Access::Public, Role::User,
                [&database, migrationCount, &limiter](RequestContext&) {
                    std::size_t applied = 0;
                    try {
                        applied = database.inPlatform([](db::Transaction& tx) {
                            return tx.exec(appliedMigrations)[0][0].as<std::size_t>();
                        });
                    } catch (const std::exception&) {
                        throw http::ApiError(http::ErrorCode::ServiceUnavailable,
                                             "The database is unreachable.")
                            .withRetryAfter(2)
                            .withExtension("database", "down");
                    }
                    if (applied < migrationCount) {
                        throw http::ApiError(http::ErrorCode::ServiceUnavailable, "Migrations are pending.")
                            .withRetryAfter(2)
                            .withExtension("database", "migrations_pending");
                    }
                    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
                    out->set("status", "ready");
                    out->set("database", "ok");
                    out->set("migrations", static_cast<int>(applied));
                    out->set("redis", ratelimit::stateName(limiter.probe()));
                    return Response::json(200, out);
                },
                "Readiness: database reachable and migrations applied"});
}

} // namespace aih::ops
