// SPDX-License-Identifier: Apache-2.0
#include "auth/PasswordPolicy.h"

#include "aih/Validation.h"
#include "auth/CommonPasswords.h"

#include <algorithm>
#include <sstream>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace aih::auth {
namespace {

int codePoints(std::string_view utf8)
{
    return static_cast<int>(
        std::ranges::count_if(utf8, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string lowerCase(std::string_view utf8)
{
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
        .toLower()
        .toUTF8String(out);
    return out;
}

} // namespace

PasswordPolicy::PasswordPolicy()
{
    std::istringstream lines(embeddedCommonPasswords());
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty()) {
            common_.insert(line);
        }
    }
}

std::string PasswordPolicy::normalize(std::string_view password)
{
    if (!isValidUtf8(password)) {
        return std::string(password);
    }
    UErrorCode status = U_ZERO_ERROR;
    const auto* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) {
        return std::string(password);
    }
    const auto text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(password.data(), static_cast<int32_t>(password.size())));
    const auto normalized = nfkc->normalize(text, status);
    if (U_FAILURE(status)) {
        return std::string(password);
    }
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

std::optional<std::string> PasswordPolicy::refusal(std::string_view password, std::string_view email) const
{
    const auto normalizedPassword = normalize(password);
    if (!isValidUtf8(normalizedPassword)) {
        return "must be valid UTF-8";
    }
    if (normalizedPassword.size() > maxBytes) {
        return "must be at most " + std::to_string(maxBytes) + " bytes";
    }
    if (codePoints(normalizedPassword) < minCharacters) {
        return "must be at least " + std::to_string(minCharacters) + " characters";
    }
    if (isCommon(normalizedPassword)) {
        return "is one of the most commonly used passwords; choose another";
    }
    if (!email.empty() && lowerCase(normalizedPassword) == lowerCase(email)) {
        return "must not be the account's email address";
    }
    return std::nullopt;
}

PasswordPolicy::Match PasswordPolicy::matches(const PasswordHasher& hasher, std::string_view storedHash,
                                              std::string_view typed)
{
    const auto normalized = normalize(typed);
    if (hasher.verify(storedHash, normalized)) {
        return Match::Yes;
    }
    return normalized != typed && hasher.verify(storedHash, typed) ? Match::YesInOldForm : Match::No;
}

bool PasswordPolicy::isCommon(std::string_view normalizedPassword) const
{
    return common_.contains(lowerCase(normalizedPassword));
}

} // namespace aih::auth
