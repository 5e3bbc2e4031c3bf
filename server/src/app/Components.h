// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/AuthService.h"
#include "auth/Authenticator.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenSigner.h"
#include "config/Config.h"
#include "db/ConnectionPool.h"
#include "db/Database.h"
#include "tenancy/TenantDirectory.h"
#include "tenancy/TenantService.h"
#include "users/UserService.h"

namespace aih::app {

/// The long-lived parts of a running server, built once at start-up in dependency order.
struct Components
{
    Components(const config::Config& config, const std::string& databaseUrl);

    db::ConnectionPool pool;
    db::Database database;
    auth::PasswordHasher hasher;
    auth::TokenSigner signer;
    auth::LoginThrottle loginThrottle;
    auth::Authenticator authenticator;
    tenancy::TenantDirectory tenantDirectory;
    tenancy::TenantService tenantService;
    auth::AuthService authService;
    users::UserService userService;
};

} // namespace aih::app
