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
    /// `binDir`: where initdb and pg_ctl are; empty for the newest installed major version.
    EmbeddedPostgres(std::filesystem::path directory, std::filesystem::path binDir);
    ~EmbeddedPostgres();
    EmbeddedPostgres(const EmbeddedPostgres&) = delete;
    EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

    /// Creates the cluster if needed and starts it; returns a libpq URL for the owner role.
    std::string start();
    void stop();

private:
    std::filesystem::path directory_;
    std::filesystem::path binDir_;
    bool running_ = false;
};

/// The newest /usr/lib/postgresql/<major>/bin that has the server binaries.
std::filesystem::path newestPostgresBinDir();

} // namespace aih::db
