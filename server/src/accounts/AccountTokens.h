// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Transaction.h"

#include <chrono>
#include <optional>
#include <string>

namespace aih::accounts {

/// The single-use tokens sent by mail (migration 0014): 256 random bits, only their SHA-256
/// kept. The token itself is returned once, to be put in the message.
class AccountTokens
{
public:
    static constexpr std::string_view passwordReset = "password_reset";
    static constexpr std::string_view emailVerification = "email_verification";
    /// A token is 43 characters of base64url; anything much longer is not one of ours, and is
    /// refused before it reaches the database. Invitation links (InvitationStore) are the same.
    static constexpr std::size_t maxLength = 128;

    /// A new token for the user; the user's earlier unused tokens of the purpose stop working.
    static std::string issue(db::Transaction& tx, const std::string& userId, std::string_view purpose,
                             std::chrono::seconds ttl);
    /// Platform scope: the tenant a token belongs to, if it exists at all.
    static std::optional<std::string> tenantOf(db::Transaction& tx, const std::string& token);
    /// The user a usable token (of the purpose, unused, unexpired) was issued to, leaving it unspent.
    static std::optional<std::string> holder(db::Transaction& tx, const std::string& token,
                                             std::string_view purpose);
    /// Spends the token: the user it was issued to, if it is of the purpose, unused and unexpired.
    static std::optional<std::string> consume(db::Transaction& tx, const std::string& token,
                                              std::string_view purpose);
    /// Voids every unused token of the user (a password was set some other way).
    static void voidAll(db::Transaction& tx, const std::string& userId);
};

} // namespace aih::accounts
