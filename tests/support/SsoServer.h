// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"
#include "OpenApiTools.h"
#include "RedisProcess.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QFile>
#include <map>
#include <memory>
#include <stdexcept>

namespace aih::test {

/// One aihd an identity provider can send browsers back to: a fixed loopback port with
/// AIH_PUBLIC_URL naming it (the callback registered at the provider), and loopback allowed for
/// single sign-on, where the test provider (OidcProviderProcess) lives. For one test program.
class SsoServer
{
public:
    explicit SsoServer(std::map<QString, QString> extraEnvironment = {})
        : port(static_cast<unsigned short>(freeLoopbackPort())),
          publicUrl(QString("http://127.0.0.1:%1").arg(port))
    {
        auto env = ServerProcess::defaultEnvironment(database.url());
        env["AIH_PUBLIC_URL"] = publicUrl;
        env["AIH_SSO_ALLOWED_NETWORKS"] = "127.0.0.0/8";
        for (auto& [name, value] : extraEnvironment) {
            env[name] = value;
        }
        server =
            std::make_unique<ServerProcess>(env, QStringList{"--listen", QString("127.0.0.1:%1").arg(port)});
        if (!server->start()) {
            throw std::runtime_error("aihd did not start:\n" + server->log().toStdString());
        }
        client = std::make_unique<HttpClient>(port);
    }

    /// Whether scripts/install-test-tools installed the npm identity provider too.
    static bool providerInstalled(const OpenApiTools& tools, const QString& directory)
    {
        return tools.installed() && QFile::exists(directory + "/node_modules/oidc-provider");
    }

    QString callbackUrl() const { return publicUrl + "/api/auth/sso/oidc/callback"; }

    TestDatabase database;
    unsigned short port;
    QString publicUrl;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<HttpClient> client;
};

} // namespace aih::test
