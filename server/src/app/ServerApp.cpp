// SPDX-License-Identifier: Apache-2.0
#include "app/ServerApp.h"

#include "app/Components.h"
#include "app/DemoSeed.h"
#include "app/Routes.h"
#include "app/Signals.h"
#include "db/EmbeddedPostgres.h"
#include "db/Migrator.h"
#include "http/Pipeline.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <chrono>
#include <iostream>
#include <memory>
#include <thread>

namespace aih::app {
namespace {

std::unique_ptr<Poco::Net::HTTPServer> startHttp(const config::Config& config, http::Pipeline* pipeline,
                                                 Poco::ThreadPool& threads)
{
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(config.listenHost, config.listenPort), true, false);
    socket.listen(1024);
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(config.threads);
    params->setMaxQueued(config.maxQueuedConnections);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(10'000);
    params->setKeepAliveTimeout(Poco::Timespan(10, 0));
    params->setTimeout(Poco::Timespan(30, 0));
    auto server = std::make_unique<Poco::Net::HTTPServer>(pipeline, threads, socket, params);
    server->start();
    return server;
}

void drain(Poco::Net::HTTPServer& server)
{
    // Stop accepting, let in-flight requests finish (bounded), then close idle keep-alives.
    server.stopAll(false);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (server.currentConnections() > 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    server.stopAll(true);
}

int serve(const config::Config& config, const std::string& databaseUrl)
{
    Components components(config, databaseUrl);
    if (config.demo) {
        seedDemoTenant(components);
    }
    components.start();
    http::Router router;
    registerRoutes(router, components);
    components.metrics.requests.bind(router);
    http::AccessLog accessLog(stdout);
    http::PipelineSteps steps{
        [&components](const http::RequestContext& ctx) { return components.authenticator.authenticate(ctx); },
        [&components](const http::RequestContext& ctx) {
            return components.tenantDirectory.namedTenant(ctx.header("X-Tenant-ID"), ctx.header("Host"));
        },
        &auth::Authenticator::confirmActor,
        [&components](http::RequestContext& ctx) {
            return observability::admitCounted(components.requestLimits, ctx, components.metrics.rateLimit);
        },
        [&components](const http::RequestContext& ctx, int status) {
            const auto& principal = ctx.principal;
            if (principal.isMember() && !ctx.tenantId.empty()) {
                components.usageMeter.record(ctx.tenantId, principal.apiKeyId, principal.userId, status,
                                             ratelimit::unixNow(), principal.usedPreviousSecret);
            }
        },
        [&components](const http::RequestContext& ctx, const http::ApiError& error) {
            components.auditDenials.note(ctx, error);
        },
        [&components](const http::RequestContext& ctx, int status, std::chrono::microseconds elapsed) {
            components.metrics.requests.record(ctx.route, status, elapsed);
        }};
    auto* pipeline =
        new http::Pipeline(router, components.database, std::move(steps), {config.maxBodyBytes}, accessLog);
    // Poco's default pool stops at 16 threads whatever maxThreads says, and a keep-alive
    // connection holds its thread: size the pool to the configured thread count.
    Poco::ThreadPool threads(2, config.threads);
    auto server = startHttp(config, pipeline, threads);
    std::cerr << "aihd listening on " << config.listenHost << ":" << server->port() << std::endl;
    waitForTerminationSignal();
    std::cerr << "aihd shutting down" << std::endl;
    drain(*server);
    components.stop();
    return 0;
}

} // namespace

int run(config::Config config)
{
    blockTerminationSignals();
    std::unique_ptr<db::EmbeddedPostgres> embedded;
    std::string databaseUrl;
    if (config.databaseUrl) {
        databaseUrl = *config.databaseUrl;
    } else {
        embedded = std::make_unique<db::EmbeddedPostgres>(config.dataDir / "postgres");
        databaseUrl = embedded->start();
        std::cerr << "aihd: embedded PostgreSQL running under " << (config.dataDir / "postgres").string()
                  << std::endl;
    }
    if (config.demo && config.secretKey.empty()) {
        config.secretKey = demoSecretKey(config.dataDir);
    }
    const auto applied = db::Migrator(databaseUrl).migrate();
    for (const int version : applied) {
        std::cerr << "aihd: applied migration " << version << std::endl;
    }
    if (config.command == "migrate") {
        return 0;
    }
    return serve(config, databaseUrl);
}

} // namespace aih::app
