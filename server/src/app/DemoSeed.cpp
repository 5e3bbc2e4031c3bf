// SPDX-License-Identifier: Apache-2.0
#include "app/DemoSeed.h"

#include "app/Components.h"
#include "crypto/Secrets.h"
#include "logging/Logger.h"

#include <cstdlib>
#include <fstream>
#include <iostream>

namespace aih::app {
namespace {

const logging::Logger demoSeedLogger("demo");

} // namespace
namespace fs = std::filesystem;

namespace {
constexpr const char* demoEmail = "admin@demo.example";
constexpr const char* demoPassword = "demo-password-123";
} // namespace

void seedDemoTenant(Components& components)
{
    tenancy::NewTenant demo;
    demo.name = "Demo Tenant";
    demo.slug = "demo";
    demo.tier = "enterprise";
    demo.adminEmail = demoEmail;
    demo.adminPassword = demoPassword;
    components.tenantService.ensureTenant(demo);
    demoSeedLogger.info(std::string("demo tenant 'demo', admin ") + demoEmail + " / " + demoPassword);
}

std::string demoSecretKey(const fs::path& dataDir)
{
    const auto path = dataDir / "demo-secret-key";
    if (std::ifstream in(path); in) {
        std::string key;
        std::getline(in, key);
        if (key.size() >= 32) {
            return key;
        }
    }
    fs::create_directories(dataDir);
    const auto key = crypto::randomToken(32);
    {
        std::ofstream out(path, std::ios::trunc);
        out << key << "\n";
    }
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    return key;
}

} // namespace aih::app
