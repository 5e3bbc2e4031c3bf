// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "sso/SsoConnectionService.h"
#include "sso/SsoDomainService.h"
#include "sso/SsoSignInService.h"

namespace aih::sso {

struct SsoServices
{
    SsoConnectionService& connections;
    SsoDomainService& domains;
    SsoSignInService& signIn;
};

/// The admin's connections and domains, and the sign-in flow's three steps.
void addSsoRoutes(http::Router& router, const SsoServices& services);

} // namespace aih::sso
