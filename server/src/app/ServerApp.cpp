// SPDX-License-Identifier: Apache-2.0
#include "app/ServerApp.h"

#include "app/Components.h"
#include "app/DemoSeed.h"
#include "app/Routes.h"
#include "app/Signals.h"
#include "db/EmbeddedPostgres.h"
#include "db/Migrator.h"
#include "db/PoolLogin.h"
#include "http/Pipeline.h"
#include "logging/Logger.h"
#include "net/HttpListener.h"
#include "tenancy/PlanGate.h"
#include "time/Clock.h"

#include <memory>

namespace aih::app {
namespace {

const logging::Logger serverAppLogger("aihd");

int serve(const config::Config& config, const std::string& poolUrl)
{
    Components components(config, poolUrl);
    components.pool.checkLogin();
    if (config.demo) {
        seedDemoTenant(components);
    }
    components.start();
    http::Router router;
    registerRoutes(router, components);
    components.requestMetrics.bind(router);
    components.registerMetrics();
    http::AccessLog accessLog(stdout);
    http::PipelineSteps steps{
        .authenticate =
            [&components](const http::RequestContext& ctx) {
                return components.authenticator.authenticate(ctx);
            },
        .namedTenant =
            [&components](const http::RequestContext& ctx) {
                return components.tenantDirectory.namedTenant(ctx.header("X-Tenant-ID"), ctx.header("Host"));
            },
        .actorCheck =
            [&components](db::Transaction& tx, identity::Caller& caller) {
                components.authenticator.confirmActor(tx, caller);
            },
        .requireActiveTenant =
            [&components](const http::RequestContext& ctx) {
                tenancy::requireActive(components.plans.get(ctx.tenantId));
            },
        .requirePlanFeature =
            [&components](const http::RequestContext& ctx, const std::string& feature) {
                tenancy::requireFeature(components.plans.get(ctx.tenantId), feature);
            },
        .admit = [&components](http::RequestContext& ctx) { return components.requestLimits.admit(ctx); },
        .recordUsage =
            [&components](const http::RequestContext& ctx, int status) {
                const auto& principal = ctx.principal;
                // A support view is the operator reading, not the tenant's own use.
                if (principal.isMember() && !principal.isSupportView() && !ctx.tenantId.empty()) {
                    components.usageMeter.record(ctx.tenantId, principal.apiKeyId, principal.userId, status,
                                                 time::systemClock().nowFractional(),
                                                 principal.usedPreviousSecret);
                    if (principal.isApiKey() && status < 400) {
                        components.quotaGuard.count(ctx.tenantId);
                    }
                }
            },
        .recordRefusal =
            [&components](const http::RequestContext& ctx, const errors::ApiError& error) {
                components.auditDenials.note(ctx, error);
            },
        .recordFinished =
            [&components](const http::RequestContext& ctx, int status, std::chrono::microseconds elapsed) {
                components.requestMetrics.record(ctx.route, status, elapsed);
            }};
    const http::ExportLimits exportLimits{config.maxConcurrentExports, config.maxExportsPerTenant,
                                          config.exportDeadline, config.exportStallTimeout};
    auto* pipeline = new http::Pipeline(
        router, components.database, std::move(steps),
        {config.maxBodyBytes, config.trustedProxies, exportLimits, config.secretKey}, accessLog);
    components.metrics.add(pipeline->exportBudget());
    {
        net::HttpListener listener(config, pipeline, components.connections);
        serverAppLogger.info("aihd listening on " + config.listenHost + ":" +
                             std::to_string(listener.port()) + " (up to " +
                             std::to_string(config.maxConnections) + " connections)");
        waitForTerminationSignal();
        serverAppLogger.info("aihd shutting down");
        listener.drain();
    } // every request has ended (or been cut off) before the components stop
    components.stop();
    return 0;
}

} // namespace

int run(config::Config config)
{
    blockTerminationSignals();
    std::unique_ptr<db::EmbeddedPostgres> embedded;
    // The owner runs the migrations and nothing else; requests use a login that owns nothing.
    std::string ownerUrl;
    if (config.migrationDatabaseUrl) {
        ownerUrl = *config.migrationDatabaseUrl;
    } else if (config.databaseUrl) {
        ownerUrl = *config.databaseUrl;
    } else {
        embedded = std::make_unique<db::EmbeddedPostgres>(config.dataDir / "postgres", config.postgresBinDir);
        ownerUrl = embedded->start();
        serverAppLogger.info("embedded PostgreSQL running under " + (config.dataDir / "postgres").string());
    }
    if (config.demo && config.secretKey.empty()) {
        config.secretKey = demoSecretKey(config.dataDir);
    }
    const auto applied = db::Migrator(ownerUrl).migrate();
    for (const int version : applied) {
        serverAppLogger.info("applied migration " + std::to_string(version));
    }
    if (config.command == "migrate") {
        return 0;
    }
    return serve(config, config.migrationDatabaseUrl ? *config.databaseUrl : db::preparePoolLogin(ownerUrl));
}

} // namespace aih::app
