// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <cctype>
#include <string>

namespace aih::auth {

/// Counts failed sign-ins per account and per client address and says when to stop trying.
///
/// An attempt is counted as a failure when it begins, before the password is checked, and in
/// the same atomic step that decides whether it may go ahead: parallel guesses see each other,
/// so no more than the limit ever reach the password check. An attempt that turns out to be
/// right, or that ends without a verdict, is taken back.
class SignInThrottle
{
public:
    /// The key one account is throttled under, however its tenant (id, not slug) and email are
    /// spelt: sign-in and a password change count against the same one.
    static std::string accountKey(std::string tenantId, std::string email)
    {
        const auto lower = [](std::string& text) {
            std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
        };
        lower(tenantId);
        lower(email);
        return tenantId + "|" + email;
    }

    virtual ~SignInThrottle() = default;
    /// 0 when the attempt may go ahead (it is now counted), otherwise seconds until one may
    /// (nothing is counted).
    virtual int begin(const std::string& account, const std::string& address) = 0;
    /// The password was right: the account's failures are forgiven, and this attempt no longer
    /// counts against the address.
    virtual void succeeded(const std::string& account, const std::string& address) = 0;
    /// No verdict was reached (the database or the hashing gate was busy): the attempt no longer
    /// counts against either.
    virtual void abandoned(const std::string& account, const std::string& address) = 0;
};

} // namespace aih::auth
