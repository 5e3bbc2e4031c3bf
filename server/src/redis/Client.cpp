// SPDX-License-Identifier: Apache-2.0
#include "redis/Client.h"

#include "logging/Logger.h"

namespace aih::redis {
namespace {

const logging::Logger redisClientLogger("redis");
constexpr std::size_t maxIdleConnections = 64;
// Sentinels are asked again at most this often while the primary is unknown: a failover takes
// seconds, and a storm of requests must not become a storm of Sentinel queries.
constexpr std::chrono::milliseconds rediscoveryInterval(250);

} // namespace

Client::Client(Endpoint endpoint, std::chrono::milliseconds timeout)
    : endpoint_(std::move(endpoint)), timeout_(timeout)
{
    primary_ = endpoint_.direct;
}

Address Client::askSentinels()
{
    std::string failures;
    for (const auto& sentinel : endpoint_.sentinels) {
        try {
            Connection connection(sentinel.host, sentinel.port, timeout_);
            const auto reply =
                connection.run({"SENTINEL", "get-master-addr-by-name", endpoint_.masterName}).orThrow();
            if (reply.type == Reply::Type::Array && reply.items.size() == 2) {
                return {reply.items[0].text, static_cast<int>(reply.items[1].asInteger())};
            }
            failures += " " + sentinel.host + ":" + std::to_string(sentinel.port) + " knows no master " +
                        endpoint_.masterName + ";";
        } catch (const std::exception& error) {
            failures += std::string(" ") + error.what() + ";";
        }
    }
    throw Error("no Sentinel named the Redis primary:" + failures);
}

Client::ConnectionPtr Client::connectToPrimary()
{
    std::optional<Address> primary;
    bool discover = false;
    {
        std::lock_guard lock(mutex_);
        primary = primary_;
        if (!primary) {
            const auto now = std::chrono::steady_clock::now();
            if (now < nextDiscovery_) {
                throw Error("Redis primary unknown; the Sentinels are asked again shortly");
            }
            nextDiscovery_ = now + rediscoveryInterval;
            discover = true;
        }
    }
    if (discover) {
        primary = askSentinels();
    }
    auto connection = std::make_unique<Connection>(primary->host, primary->port, timeout_);
    // ROLE tells a primary from a replica Sentinel has not caught up with, and how many replicas
    // a lease can wait for.
    const auto role = connection->run({"ROLE"}).orThrow();
    const bool isPrimary =
        role.type == Reply::Type::Array && !role.items.empty() && role.items[0].text == "master";
    if (!isPrimary && !endpoint_.sentinels.empty()) {
        forget();
        throw Error("Redis " + primary->host + ":" + std::to_string(primary->port) + " is not a primary");
    }
    replicas_ = isPrimary && role.items.size() > 2 ? static_cast<int>(role.items[2].items.size()) : 0;
    if (discover) {
        redisClientLogger.info("Redis primary " + primary->host + ":" + std::to_string(primary->port) +
                               ", as the Sentinels say (" + std::to_string(replicas_) + " replicas)");
        std::lock_guard lock(mutex_);
        primary_ = primary;
    }
    return connection;
}

Client::ConnectionPtr Client::acquire(bool& pooled)
{
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto connection = std::move(idle_.back());
            idle_.pop_back();
            pooled = true;
            return connection;
        }
    }
    pooled = false;
    return connectToPrimary();
}

void Client::release(ConnectionPtr connection)
{
    std::lock_guard lock(mutex_);
    if (idle_.size() < maxIdleConnections) {
        idle_.push_back(std::move(connection));
    }
}

void Client::forget()
{
    std::lock_guard lock(mutex_);
    // After one failure every pooled connection is suspect (a restarted or demoted Redis leaves
    // them all dead or read-only): drop them, and with Sentinels ask again where the primary is.
    idle_.clear();
    if (!endpoint_.sentinels.empty()) {
        primary_.reset();
    }
}

template <typename Call> auto Client::withConnection(Call&& call)
{
    bool pooled = false;
    auto connection = acquire(pooled);
    for (;;) {
        try {
            auto result = call(*connection);
            release(std::move(connection));
            return result;
        } catch (const ReplyError& error) {
            if (error.code() == "READONLY") {
                forget();
                throw Error(std::string("Redis primary was demoted: ") + error.what());
            }
            release(std::move(connection));
            throw;
        } catch (const Error&) {
            if (!pooled) {
                forget();
                throw;
            }
            // An idle connection may have been closed under us (Sentinel closes every client of
            // a node it promotes; Redis restarts; idle timeouts) and the command never ran: the
            // others idle beside it likely were too. One try on a new connection before Redis
            // is declared gone.
            {
                std::lock_guard lock(mutex_);
                idle_.clear();
            }
            pooled = false;
            try {
                connection = connectToPrimary();
            } catch (...) {
                forget();
                throw;
            }
        }
    }
}

Reply Client::run(const Command& command)
{
    return withConnection([&](Connection& connection) { return connection.run(command).orThrow(); });
}

Reply Client::eval(const Script& script, const std::vector<std::string>& keys,
                   const std::vector<std::string>& args, int replicaWaitMs)
{
    const auto commandFor = [&](const std::string& verb, const std::string& body) {
        Command command{verb, body, std::to_string(keys.size())};
        command.insert(command.end(), keys.begin(), keys.end());
        command.insert(command.end(), args.begin(), args.end());
        return command;
    };
    return withConnection([&](Connection& connection) {
        std::vector<Command> commands{commandFor("EVALSHA", script.sha)};
        if (replicaWaitMs > 0 && replicas_ > 0) {
            commands.push_back({"WAIT", "1", std::to_string(replicaWaitMs)});
        }
        auto replies = connection.pipeline(commands);
        if (replies[0].type == Reply::Type::Error && replies[0].text.starts_with("NOSCRIPT")) {
            // A fresh, restarted or promoted Redis has no scripts: send the text once; Redis
            // caches it under the same hash for the next EVALSHA.
            commands[0] = commandFor("EVAL", script.text);
            replies = connection.pipeline(commands);
        }
        return replies[0].orThrow();
    });
}

} // namespace aih::redis
