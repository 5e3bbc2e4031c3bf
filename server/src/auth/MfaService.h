// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/MfaStore.h"
#include "auth/SignInThrottle.h"
#include "db/Database.h"
#include "identity/Caller.h"
#include "time/Clock.h"

#include <string>
#include <string_view>
#include <vector>

namespace aih::auth {

/// The keys of second factors, derived from SECRET_KEY: one seals authenticator secrets at
/// rest, one keys the hashes of recovery codes.
struct MfaKeys
{
    explicit MfaKeys(std::string_view serverSecret);

    std::string sealing;
    std::string recoveryCodes;
};

/// What enrolment shows once: the authenticator's URI (and its secret, for typing in) and the
/// recovery codes.
struct Enrolment
{
    std::string otpauthUri;
    std::string secret; ///< base32
    std::vector<std::string> recoveryCodes;
};

/// Second factors with TOTP: enrolling an authenticator (confirmed by a first code), removing it
/// (a code or a recovery code required), and the second step of a sign-in. Each code is accepted
/// once (the last step used is kept), each recovery code once, and a sign-in's challenge allows
/// AuthService::mfaChallengeAttempts tries within AuthService::mfaChallengeTtl. Wrong codes also
/// count against the account in the sign-in throttle, under a key of their own that a right
/// password does not forgive, so new challenges do not buy new guesses.
class MfaService
{
public:
    static constexpr int recoveryCodeCount = 10;

    MfaService(db::Database& database, AuthService& auth, SignInThrottle& throttle, const MfaKeys& keys,
               const audit::AuditLog& audit, const time::Clock& clock = time::systemClock());

    /// A new authenticator secret and recovery codes; 409 when a confirmed one exists (remove it
    /// first). Until confirmed, sign-in does not ask for it.
    Enrolment enrol(identity::Caller& caller);
    /// The first code from the app: the factor is in force from now on.
    void confirm(identity::Caller& caller, const std::string& code);
    /// Takes the factor away; a current code or an unused recovery code is required, and a tenant
    /// that requires a factor of the member refuses (409).
    void remove(identity::Caller& caller, const std::string& code);
    /// The second step of a sign-in: the challenge from login and a code or recovery code.
    SignedIn completeSignIn(const std::string& mfaToken, const std::string& code,
                            const audit::Origin& origin);

private:
    /// Accepts a current TOTP code (once) or an unused recovery code of the user.
    bool acceptCode(db::Transaction& tx, const std::string& userId, const std::string& code, bool confirmed);
    std::string recoveryHash(std::string_view code) const;

    db::Database& database_;
    AuthService& auth_;
    SignInThrottle& throttle_;
    const MfaKeys& keys_;
    const audit::AuditLog& audit_;
    const time::Clock& clock_;
};

} // namespace aih::auth
