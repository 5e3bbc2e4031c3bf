// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <string>

namespace aih::db {

/// A private PostgreSQL cluster that aihd creates and runs itself when DATABASE_URL is unset:
/// initdb on first run, started on a Unix socket inside the data directory (no TCP port, so
/// nothing else on the host can reach it), stopped when aihd exits.
class EmbeddedPostgres
{
public:
    explicit EmbeddedPostgres(std::filesystem::path directory);
    ~EmbeddedPostgres();
    EmbeddedPostgres(const EmbeddedPostgres&) = delete;
    EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

    /// Creates the cluster if needed and starts it; returns a libpq URL for the owner role.
    std::string start();
    void stop();

private:
    std::filesystem::path directory_;
    bool running_ = false;
};

/// Where the PostgreSQL server binaries live: AIH_PG_BINDIR, else the newest
/// /usr/lib/postgresql/<major>/bin.
std::filesystem::path postgresBinDir();

} // namespace aih::db
