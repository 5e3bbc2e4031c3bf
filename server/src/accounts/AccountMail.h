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

/// The languages mail is written in, as the console's: en, de, fr, es.
/// Picks the best of them for an Accept-Language header (q-values honoured), English otherwise.
std::string mailLanguage(std::string_view acceptLanguage);

/// The password-reset message: a link valid for `validMinutes`.
MailContent passwordResetMail(const std::string& language, const MailBrand& brand, const std::string& link,
                              int validMinutes);

} // namespace aih::accounts
