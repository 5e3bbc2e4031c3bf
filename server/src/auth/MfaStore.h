// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"
#include "db/Transaction.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aih::auth {

/// Who in a tenant must sign in with a second factor (migration 0017, tenants.mfa_required).
enum class MfaRequirement
{
    None,
    Admins,
    Everyone
};

std::string_view mfaRequirementName(MfaRequirement requirement);
std::optional<MfaRequirement> mfaRequirementFromName(std::string_view name);

/// What sign-in needs to know about a member's second factor.
struct MfaState
{
    MfaRequirement requirement = MfaRequirement::None;
    bool enrolled = false; ///< a confirmed authenticator

    /// The tenant requires a factor of this role and there is none yet: the member's sessions
    /// can only enrol one.
    bool mustEnrol(Role role) const
    {
        const bool required = requirement == MfaRequirement::Everyone ||
                              (requirement == MfaRequirement::Admins && role == Role::Admin);
        return required && !enrolled;
    }
};

struct TotpFactor
{
    std::string sealedSecret;
    bool confirmed = false;
};

/// A sign-in waiting for its second factor.
struct MfaChallenge
{
    std::string userId;
    bool usable = false; ///< unspent, unexpired, attempts left
    int attempts = 0;
};

/// SQL for second factors (migration 0017); every call but challengeTenant runs in the
/// transaction of the user's tenant.
class MfaStore
{
public:
    static MfaState state(db::Transaction& tx, const std::string& userId);

    /// A new, unconfirmed factor in place of any earlier one.
    static void putFactor(db::Transaction& tx, const std::string& userId, const std::string& sealedSecret);
    static std::optional<TotpFactor> factorForUpdate(db::Transaction& tx, const std::string& userId);
    static void confirmFactor(db::Transaction& tx, const std::string& userId);
    /// Records `step` as the last one used; false when it is not later than the last, so each
    /// code is accepted once.
    static bool advanceStep(db::Transaction& tx, const std::string& userId, std::int64_t step);
    /// The factor, its recovery codes and any sign-in waiting for it.
    static void removeFactor(db::Transaction& tx, const std::string& userId);

    static void replaceRecoveryCodes(db::Transaction& tx, const std::string& userId,
                                     const std::vector<std::string>& hashes);
    /// Spends an unused recovery code of the user; false when there is none with this hash.
    static bool spendRecoveryCode(db::Transaction& tx, const std::string& userId, const std::string& hash);

    static void createChallenge(db::Transaction& tx, const std::string& userId, const std::string& tokenHash,
                                std::chrono::seconds ttl, int maxAttempts);
    /// Platform scope: the tenant of a challenge, if it exists at all.
    static std::optional<std::string> challengeTenant(db::Transaction& tx, const std::string& tokenHash);
    static std::optional<MfaChallenge> challengeForUpdate(db::Transaction& tx, const std::string& tokenHash,
                                                          int maxAttempts);
    static void countAttempt(db::Transaction& tx, const std::string& tokenHash);
    static void spendChallenge(db::Transaction& tx, const std::string& tokenHash);
};

} // namespace aih::auth
