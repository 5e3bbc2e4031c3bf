// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Plans.h"

#include <string>

namespace aih::tenancy {

struct Tenant
{
    std::string id;
    std::string name;
    std::string slug;
    std::string domain;
    Tier tier = Tier::Free;
    std::string status;
    int userLimit = 0;
    int apiRateLimit = 0;
    std::string settingsJson = "{}";
    std::string createdAt;
    long long activeUsers = 0;
};

} // namespace aih::tenancy
