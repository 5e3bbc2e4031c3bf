// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace aih::identity {

/// The reserved tenant whose members are the platform's operators (migration 0030): its admins
/// are platform-admins, its other members platform-support. Its audit chain is the platform's.
inline constexpr std::string_view platformTenantId = "00000000-0000-4000-8000-00000000a1b0";

inline bool isPlatformTenant(std::string_view tenantId)
{
    return tenantId == platformTenantId;
}

} // namespace aih::identity
