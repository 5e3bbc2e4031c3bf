// SPDX-License-Identifier: Apache-2.0
#include "billing/WebhookSignature.h"

#include "crypto/Secrets.h"

#include <charconv>
#include <vector>

namespace aih::billing {
namespace {

// A real header carries one timestamp and a few signatures; anything far longer is not Stripe.
constexpr std::size_t maxHeaderBytes = 4096;

struct ParsedHeader
{
    bool hasTimestamp = false;
    bool duplicateTimestamp = false;
    long long timestamp = 0;
    std::string_view timestampText;
    std::vector<std::string_view> signatures;
};

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

ParsedHeader parse(std::string_view header)
{
    ParsedHeader parsed;
    while (!header.empty()) {
        const auto comma = header.find(',');
        const auto item = trim(header.substr(0, comma));
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        const auto eq = item.find('=');
        if (eq == std::string_view::npos) {
            continue;
        }
        const auto key = item.substr(0, eq);
        const auto value = item.substr(eq + 1);
        if (key == "t") {
            parsed.duplicateTimestamp = parsed.duplicateTimestamp || !parsed.timestampText.empty();
            parsed.timestampText = value;
            const auto [end, error] =
                std::from_chars(value.data(), value.data() + value.size(), parsed.timestamp);
            parsed.hasTimestamp =
                error == std::errc() && end == value.data() + value.size() && !value.empty();
        } else if (key == "v1") {
            parsed.signatures.push_back(value);
        }
    }
    return parsed;
}

} // namespace

SignatureCheck verifyStripeSignature(std::string_view header, std::string_view payload,
                                     std::string_view secret, long long nowSeconds,
                                     long long toleranceSeconds)
{
    if (header.size() > maxHeaderBytes || secret.empty()) {
        return SignatureCheck::Malformed;
    }
    const auto parsed = parse(header);
    if (!parsed.hasTimestamp || parsed.duplicateTimestamp || parsed.signatures.empty()) {
        return SignatureCheck::Malformed;
    }
    // Replays are bounded by the tolerance; a timestamp from the future is as suspect as an old one.
    const auto skew = nowSeconds - parsed.timestamp;
    if (skew > toleranceSeconds || skew < -toleranceSeconds) {
        return SignatureCheck::Stale;
    }
    // The signed text uses the timestamp exactly as sent.
    std::string signedPayload(parsed.timestampText);
    signedPayload += '.';
    signedPayload.append(payload);
    const auto expected = crypto::hmacSha256Hex(secret, signedPayload);
    bool matched = false;
    for (const auto signature : parsed.signatures) {
        // No early exit: every candidate costs the same whether or not one matched before it.
        matched = crypto::constantTimeEquals(signature, expected) || matched;
    }
    return matched ? SignatureCheck::Valid : SignatureCheck::Mismatch;
}

} // namespace aih::billing
