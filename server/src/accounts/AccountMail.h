// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::accounts {

/// How a tenant's mail looks: its name, colour and logo, as its branding sets them.
struct MailBrand
{
    std::string name;
    std::string primaryColor = "#4F46E5";
    std::string logoUrl; ///< absolute, or empty for none
};

struct MailContent
{
    std::string subject;
    std::string text;
    std::string html;
};

/// A header value from text a tenant or user chose (a name in a subject or a sender): control
/// characters, line breaks above all, become spaces, so no value can end its header line.
std::string singleLine(std::string_view text);

/// The password-reset message: a link valid for `validMinutes`.
MailContent passwordResetMail(const std::string& language, const MailBrand& brand, const std::string& link,
                              int validMinutes);

/// The invitation message: a link that sets the password, valid for `validDays`.
MailContent invitationMail(const std::string& language, const MailBrand& brand, const std::string& link,
                           std::string_view roleName, int validDays);

/// The notice to a tenant's admins that its API calls reached `threshold` % of the billing
/// period's quota; `used`, `quota` and `periodEnd` come formatted.
MailContent quotaThresholdMail(const std::string& language, const MailBrand& brand, int threshold,
                               const std::string& used, const std::string& quota,
                               const std::string& periodEnd);

/// The notice to a key's owner that an API key expires on `expiresOn`
/// (a UTC date); `keyPrefix` is the key's public part, which says which key without its secret.
MailContent keyExpiringMail(const std::string& language, const MailBrand& brand, const std::string& keyName,
                            const std::string& keyPrefix, const std::string& expiresOn);

/// The notice to a tenant's admins that Stripe could not collect an invoice; `amount` comes
/// formatted with its currency.
MailContent paymentFailedMail(const std::string& language, const MailBrand& brand, const std::string& amount,
                              const std::string& invoiceId, int attempt);

/// The notice to a tenant's admins that a verification found its audit chain broken at `seq`.
MailContent chainBrokenMail(const std::string& language, const MailBrand& brand, long long seq,
                            const std::string& reason);

/// The message that proves a self-service sign-up's address: a link valid for `validHours`.
MailContent emailVerificationMail(const std::string& language, const MailBrand& brand,
                                  const std::string& link, int validHours);

} // namespace aih::accounts
