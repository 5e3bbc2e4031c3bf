// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <memory>
#include <stdexcept>

namespace aih::test {

/// One aihd on a fresh database, for the whole of one test program.
class LiveServer
{
public:
    explicit LiveServer(std::map<QString, QString> extraEnvironment = {})
    {
        auto env = ServerProcess::defaultEnvironment(database.url());
        for (auto& [name, value] : extraEnvironment) {
            env[name] = value;
        }
        server = std::make_unique<ServerProcess>(env);
        if (!server->start()) {
            throw std::runtime_error("aihd did not start:\n" + server->log().toStdString());
        }
        client = std::make_unique<HttpClient>(server->port());
    }

    TestDatabase database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client;
};

} // namespace aih::test
