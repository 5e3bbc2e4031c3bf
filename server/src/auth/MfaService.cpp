// SPDX-License-Identifier: Apache-2.0
#include "auth/MfaService.h"

#include "crypto/SecretBox.h"
#include "crypto/Secrets.h"
#include "crypto/Totp.h"
#include "errors/ApiError.h"
#include "tenancy/TenantStore.h"
#include "users/UserStore.h"

#include <algorithm>
#include <cctype>
#include <sodium.h>

namespace aih::auth {
namespace {

using errors::ApiError;
using errors::ErrorCode;

constexpr char keyContext[9] = "aihmfa__";
constexpr std::uint64_t sealingSubkey = 1;
constexpr std::uint64_t recoverySubkey = 2;

/// Recovery codes: 10 letters and digits without look-alikes (about 50 bits), shown as two
/// groups of five.
constexpr std::string_view recoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

std::string newRecoveryCode()
{
    std::string code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5) {
            code += '-';
        }
        code += recoveryAlphabet[randombytes_uniform(static_cast<std::uint32_t>(recoveryAlphabet.size()))];
    }
    return code;
}

/// A recovery code as typed: case, spaces and dashes do not matter.
std::string normalizedRecoveryCode(std::string_view typed)
{
    std::string out;
    for (const char c : typed) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

std::string sealContext(const std::string& tenantId, const std::string& userId)
{
    return "aih totp secret|" + tenantId + "|" + userId;
}

ApiError wrongCode(const char* field)
{
    return ApiError::validation(field,
                                "is not a current code of the authenticator, nor an unused recovery code");
}

} // namespace

MfaKeys::MfaKeys(std::string_view serverSecret)
    : sealing(crypto::deriveKey(serverSecret, keyContext, sealingSubkey)),
      recoveryCodes(crypto::deriveKey(serverSecret, keyContext, recoverySubkey))
{
}

MfaService::MfaService(db::Database& database, AuthService& auth, SignInThrottle& throttle,
                       const MfaKeys& keys, const audit::AuditLog& audit, const time::Clock& clock)
    : database_(database), auth_(auth), throttle_(throttle), keys_(keys), audit_(audit), clock_(clock)
{
}

std::string MfaService::recoveryHash(std::string_view code) const
{
    return crypto::hmacSha256Hex(keys_.recoveryCodes, normalizedRecoveryCode(code));
}

Enrolment MfaService::enrol(identity::Caller& caller)
{
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto& userId = caller.principal.userId;
        if (const auto factor = MfaStore::factorForUpdate(tx, userId); factor && factor->confirmed) {
            throw ApiError(
                ErrorCode::Conflict,
                "Two-factor authentication is on already; remove it first to enrol a new authenticator.");
        }
        const auto user = users::UserStore::findById(tx, userId);
        const auto tenant = tenancy::TenantStore::find(tx, tx.tenantId());
        if (!user || !tenant) {
            throw ApiError(ErrorCode::Unauthenticated, "The session has ended.");
        }
        const auto secret = crypto::Totp::newSecret();
        MfaStore::putFactor(tx, userId,
                            crypto::seal(secret, keys_.sealing, sealContext(tx.tenantId(), userId)));
        Enrolment enrolment;
        enrolment.otpauthUri = crypto::Totp::uri(tenant->name, user->email, secret);
        enrolment.secret = crypto::Totp::base32(secret);
        std::vector<std::string> hashes;
        for (int i = 0; i < recoveryCodeCount; ++i) {
            enrolment.recoveryCodes.push_back(newRecoveryCode());
            hashes.push_back(recoveryHash(enrolment.recoveryCodes.back()));
        }
        MfaStore::replaceRecoveryCodes(tx, userId, hashes);
        audit_.record(
            tx, audit::eventFrom(caller, "auth.mfa_enrolment_started").on("user", userId).about(userId));
        return enrolment;
    });
}

bool MfaService::acceptCode(db::Transaction& tx, const std::string& userId, const std::string& code,
                            bool confirmed)
{
    const auto factor = MfaStore::factorForUpdate(tx, userId);
    if (!factor || factor->confirmed != confirmed) {
        return false;
    }
    if (code.size() == crypto::Totp::digits) {
        const auto secret =
            crypto::open(factor->sealedSecret, keys_.sealing, sealContext(tx.tenantId(), userId));
        if (!secret) {
            return false; // sealed under another SECRET_KEY: the factor must be enrolled again
        }
        const auto step = crypto::Totp::stepOf(*secret, code, clock_.nowSeconds());
        return step && MfaStore::advanceStep(tx, userId, *step);
    }
    return confirmed && MfaStore::spendRecoveryCode(tx, userId, recoveryHash(code));
}

void MfaService::confirm(identity::Caller& caller, const std::string& code)
{
    const bool accepted = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto& userId = caller.principal.userId;
        if (!acceptCode(tx, userId, code, false)) {
            return false;
        }
        MfaStore::confirmFactor(tx, userId);
        audit_.record(tx, audit::eventFrom(caller, "auth.mfa_enabled").on("user", userId).about(userId));
        return true;
    });
    if (!accepted) {
        throw ApiError::validation("code",
                                   "is not the authenticator's current code (or there is no enrolment "
                                   "waiting for confirmation)");
    }
}

void MfaService::remove(identity::Caller& caller, const std::string& code)
{
    enum class Outcome
    {
        Removed,
        WrongCode,
        Required
    };
    const auto outcome = caller.inTenant(database_, [&](db::Transaction& tx) {
        const auto& userId = caller.principal.userId;
        const auto state = MfaStore::state(tx, userId);
        if (state.requirement == MfaRequirement::Everyone ||
            (state.requirement == MfaRequirement::Admins && caller.principal.role == Role::Admin)) {
            return Outcome::Required;
        }
        if (!acceptCode(tx, userId, code, true)) {
            return Outcome::WrongCode;
        }
        MfaStore::removeFactor(tx, userId);
        audit_.record(tx, audit::eventFrom(caller, "auth.mfa_disabled").on("user", userId).about(userId));
        return Outcome::Removed;
    });
    if (outcome == Outcome::Required) {
        throw ApiError(ErrorCode::Conflict, "The tenant requires two-factor authentication of this account.");
    }
    if (outcome == Outcome::WrongCode) {
        throw wrongCode("code");
    }
}

SignedIn MfaService::completeSignIn(const std::string& mfaToken, const std::string& code,
                                    const audit::Origin& origin)
{
    const auto tokenHash = crypto::sha256Hex(mfaToken);
    const auto tenantId =
        database_.inPlatform([&](db::Transaction& tx) { return MfaStore::challengeTenant(tx, tokenHash); });
    const ApiError expired(
        ErrorCode::Unauthenticated,
        "This sign-in has expired or used up its attempts; sign in with the password again.");
    if (!tenantId) {
        throw ApiError(expired);
    }
    // Whose sign-in this is decides the throttle's key, so it is read before the code is tried.
    const auto email = database_.inTenant(*tenantId, [&](db::Transaction& tx) -> std::optional<std::string> {
        const auto challenge = MfaStore::challengeForUpdate(tx, tokenHash, AuthService::mfaChallengeAttempts);
        const auto user =
            challenge && challenge->usable ? users::UserStore::findById(tx, challenge->userId) : std::nullopt;
        return user && user->active ? std::optional<std::string>(user->email) : std::nullopt;
    });
    if (!email) {
        throw ApiError(expired);
    }
    const auto account = "mfa|" + SignInThrottle::accountKey(*tenantId, *email);
    if (const int wait = throttle_.begin(account, origin.ip); wait > 0) {
        throw ApiError(ErrorCode::RateLimited, "Too many wrong codes; try again later.")
            .withRetryAfter(wait)
            .withExtension("limit", "mfa");
    }
    // A wrong code is counted and committed; the outcome is returned, not thrown, so it is.
    std::optional<SignedIn> signedIn;
    bool known = false;
    try {
        known = database_.inTenant(*tenantId, [&](db::Transaction& tx) {
            const auto challenge =
                MfaStore::challengeForUpdate(tx, tokenHash, AuthService::mfaChallengeAttempts);
            if (!challenge || !challenge->usable) {
                return false;
            }
            const auto user = users::UserStore::findById(tx, challenge->userId);
            if (!user || !user->active) {
                return false;
            }
            audit::AuditEvent event;
            event.action = "auth.mfa";
            event.origin = origin;
            event.about(user->id);
            if (!acceptCode(tx, user->id, code, true)) {
                MfaStore::countAttempt(tx, tokenHash);
                audit_.record(
                    tx, event.failed("The code is not right.").with("attempt", challenge->attempts + 1));
                return true;
            }
            MfaStore::spendChallenge(tx, tokenHash);
            signedIn = auth_.openSession(tx, *user, origin, "mfa");
            return true;
        });
    } catch (const ApiError& error) {
        if (error.code() == ErrorCode::ServiceUnavailable) {
            throttle_.abandoned(account, origin.ip); // no verdict: busy, not wrong
        }
        throw;
    }
    if (signedIn) {
        throttle_.succeeded(account, origin.ip);
    } else if (!known) {
        throttle_.abandoned(account, origin.ip); // spent meanwhile: no code was tried
    }
    if (!known) {
        throw ApiError(expired);
    }
    if (!signedIn) {
        throw ApiError(ErrorCode::InvalidCredentials, "The code is not right.");
    }
    return *signedIn;
}

} // namespace aih::auth
