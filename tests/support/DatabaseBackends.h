// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <pqxx/connection>
#include <string>
#include <vector>

namespace aih::test {

/// The server side of aihd's connections to one test database, as its owner (a superuser on the
/// test server) sees and ends them: what a failover or an operator's pg_terminate_backend does.
class DatabaseBackends
{
public:
    /// `ownerUrl` names the database; only connections to it are touched.
    explicit DatabaseBackends(const std::string& ownerUrl);

    /// Process ids of the connections that call themselves aihd.
    std::vector<int> aihd();
    /// The aihd connection that listens for changes (its last statement a LISTEN); 0 if none.
    int listener();
    struct Terminated
    {
        int all = 0;
        int busy = 0; ///< in a transaction or running a statement as they were ended
    };
    /// Terminates every aihd connection and waits until they are gone.
    Terminated terminateAll();
    /// Terminates one backend and waits until it is gone.
    void terminate(int pid);
    /// Runs one statement as the owner (e.g. ALTER DATABASE).
    void exec(const std::string& sql);

private:
    void waitUntilGone(const std::vector<int>& pids);

    std::unique_ptr<pqxx::connection> owner_;
};

} // namespace aih::test
