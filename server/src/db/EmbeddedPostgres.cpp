// SPDX-License-Identifier: Apache-2.0
#include "db/EmbeddedPostgres.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <charconv>
#include <cstdlib>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <stdexcept>
#include <unistd.h>

namespace aih::db {
namespace fs = std::filesystem;
namespace {

constexpr const char* databaseName = "aih";
constexpr const char* ownerRole = "aih";

void run(const fs::path& program, const std::vector<std::string>& args)
{
    Poco::Pipe output;
    auto handle = Poco::Process::launch(program.string(), args, nullptr, &output, &output);
    Poco::PipeInputStream stream(output);
    std::string text;
    Poco::StreamCopier::copyToString(stream, text);
    if (handle.wait() != 0) {
        throw std::runtime_error(program.filename().string() + " failed: " + text);
    }
}

} // namespace

fs::path newestPostgresBinDir()
{
    fs::path best;
    int bestMajor = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", error)) {
        const auto name = entry.path().filename().string();
        int major = 0; // stays 0 unless the name starts with a number
        std::from_chars(name.data(), name.data() + name.size(), major);
        if (major > bestMajor && fs::exists(entry.path() / "bin" / "initdb")) {
            bestMajor = major;
            best = entry.path() / "bin";
        }
    }
    if (best.empty()) {
        throw std::runtime_error(
            "PostgreSQL server binaries not found; install postgresql or set AIH_PG_BINDIR");
    }
    return best;
}

EmbeddedPostgres::EmbeddedPostgres(fs::path directory, fs::path binDir)
    : directory_(std::move(directory)), binDir_(binDir.empty() ? newestPostgresBinDir() : std::move(binDir))
{
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    try {
        stop();
    } catch (...) {
        // Nothing more can be done while aihd exits; pg_ctl's own shutdown still ran or timed out.
    }
}

std::string EmbeddedPostgres::start()
{
    if (::geteuid() == 0) {
        throw std::runtime_error("PostgreSQL refuses to run as root: start aihd as an unprivileged user "
                                 "(scripts/run-demo does this for you) or set DATABASE_URL");
    }
    const auto& bin = binDir_;
    const auto data = directory_ / "pgdata";
    const auto socketDir = fs::absolute(directory_ / "pgsocket");
    fs::create_directories(socketDir);
    fs::permissions(socketDir, fs::perms::owner_all, fs::perm_options::replace);
    if (!fs::exists(data / "PG_VERSION")) {
        // Trust on the private socket only: the socket directory is mode 0700 and TCP is off.
        run(bin / "initdb",
            {"-D", data.string(), "-U", ownerRole, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"});
    }
    const std::string options = "-c listen_addresses='' -k " + socketDir.string();
    run(bin / "pg_ctl", {"-D", data.string(), "-o", options, "-l", (directory_ / "postgres.log").string(),
                         "-w", "-t", "60", "start"});
    running_ = true;
    pqxx::connection admin("postgresql:///postgres?host=" + socketDir.string() + "&user=" + ownerRole);
    pqxx::nontransaction tx(admin);
    if (tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", databaseName).empty()) {
        tx.exec(std::string("CREATE DATABASE ") + databaseName);
    }
    return "postgresql:///" + std::string(databaseName) + "?host=" + socketDir.string() +
           "&user=" + ownerRole;
}

void EmbeddedPostgres::stop()
{
    if (!running_) {
        return;
    }
    running_ = false;
    run(binDir_ / "pg_ctl", {"-D", (directory_ / "pgdata").string(), "-m", "fast", "-w", "stop"});
}

} // namespace aih::db
