// SPDX-License-Identifier: Apache-2.0
#include "app/ServerApp.h"
#include "config/Config.h"
#include "logging/Logger.h"

#include <Poco/Crypto/Crypto.h>
#include <iostream>

#ifndef AIH_VERSION
#define AIH_VERSION "0.0.0"
#endif

int main(int argc, char** argv)
{
    // Poco::Crypto reference-counts OpenSSL's initialisation per object and tears it down when
    // the count reaches zero, which races when request threads create and destroy digest
    // engines concurrently (Poco JWT does, per token): hold one reference for the whole run.
    Poco::Crypto::initializeCrypto();
    try {
        const std::vector<std::string> args(argv + 1, argv + argc);
        auto config = aih::config::loadConfig(args, aih::config::processEnvironment());
        if (config.command == "version") {
            std::cout << "aihd " << AIH_VERSION << "\n";
            return 0;
        }
        if (config.command == "help") {
            std::cout << aih::config::usage();
            return 0;
        }
        if (config.command == "check-config") {
            std::cout << "configuration ok\n";
            return 0;
        }
        aih::logging::configure(config.logFormat, config.logLevel);
        const int status = aih::app::run(std::move(config));
        aih::logging::shutdown();
        return status;
    } catch (const aih::config::ConfigError& error) {
        std::cerr << "aihd: configuration error: " << error.what() << "\n";
        return 2;
    } catch (const std::exception& error) {
        aih::logging::shutdown();
        std::cerr << "aihd: " << error.what() << "\n";
        return 1;
    }
}
