// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"

#include <optional>
#include <string>
#include <vector>

namespace aih::accounts {

/// A seat promised to an email address, with the role it will have (migration 0016).
struct Invitation
{
    std::string id;
    std::string email;
    Role role = Role::User;
    std::string invitedBy; ///< user id, or empty when that user is gone
    std::string createdAt;
    std::string sentAt;
    std::string expiresAt;
    std::string createdAtMicros; ///< the keyset position
    bool expired = false;
};

struct InvitationPage
{
    std::vector<Invitation> invitations;
    std::optional<std::string> nextCursor;
};

} // namespace aih::accounts
