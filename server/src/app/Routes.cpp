// SPDX-License-Identifier: Apache-2.0
#include "app/Routes.h"

#include "app/Components.h"
#include "auth/AuthRoutes.h"
#include "db/Migrations.h"
#include "ops/HealthRoutes.h"
#include "tenancy/TenantRoutes.h"
#include "users/UserRoutes.h"

namespace aih::app {

void registerRoutes(http::Router& router, Components& components)
{
    ops::addHealthRoutes(router, components.database, db::embeddedMigrations().size());
    tenancy::addTenantRoutes(router, components.tenantService);
    auth::addAuthRoutes(router, components.authService);
    users::addUserRoutes(router, components.userService);
}

} // namespace aih::app
