// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/Invitation.h"
#include "db/Transaction.h"

#include <chrono>
#include <optional>
#include <string>

namespace aih::accounts {

/// SQL for invitations; every call but tenantOf runs in a transaction of the invitation's tenant.
/// Tokens go in and out as themselves; only their SHA-256 is stored.
class InvitationStore
{
public:
    /// The new invitation's id, or nothing when the address has an open invitation already.
    /// An open one that has expired is revoked first, so it never blocks a new one.
    static std::optional<std::string> insert(db::Transaction& tx, const std::string& email, Role role,
                                             const std::string& invitedBy, const std::string& token,
                                             std::chrono::seconds ttl);
    /// Open invitations (not accepted, not revoked), expired ones included, oldest first.
    static InvitationPage listOpen(db::Transaction& tx, int limit, const std::optional<std::string>& cursor);
    static std::optional<Invitation> findOpen(db::Transaction& tx, const std::string& id);
    /// A new token and expiry for an open invitation: the earlier mail's link stops working.
    static void renew(db::Transaction& tx, const std::string& id, const std::string& token,
                      std::chrono::seconds ttl);
    static bool revoke(db::Transaction& tx, const std::string& id);

    /// Platform scope: the tenant an invitation token belongs to, if it exists at all.
    static std::optional<std::string> tenantOf(db::Transaction& tx, const std::string& token);
    /// The open, unexpired invitation a token is for, locked until the transaction ends.
    static std::optional<Invitation> findUsableForUpdate(db::Transaction& tx, const std::string& token);
    static void markAccepted(db::Transaction& tx, const std::string& id, const std::string& userId);
};

} // namespace aih::accounts
