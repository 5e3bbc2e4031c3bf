// SPDX-License-Identifier: Apache-2.0
// Fuzz target `stripe`: Stripe-Signature headers through verifyStripeSignature. The input's
// first line is the header, the rest the payload; the clock stands at 1700000000.
// Asserts, beyond no crash and no sanitizer report:
//  - Valid only when the header carries the payload's true signature;
//  - the same input gives the same answer twice;
//  - a header that was only Mismatch becomes Valid once the true signature is added as another
//    v1 (any one matching v1 is enough, whatever else the header holds);
//  - a timestamp-and-signature header built from the input's own number verifies exactly when
//    that number is within the tolerance.
#include "billing/WebhookSignature.h"
#include "crypto/Secrets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace aih::billing;
using aih::crypto::hmacSha256Hex;

namespace {

constexpr long long now = 1700000000;
constexpr std::string_view secret = "whsec_fuzz";

void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "stripe: %s\n---\n%.*s\n---\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

/// The text of the header's last `t=` item, as the signer saw it (items are comma-separated and
/// trimmed of spaces and tabs); a Valid or Mismatch header has exactly one.
std::string timestampOf(std::string_view header)
{
    std::string timestamp;
    std::size_t start = 0;
    while (start <= header.size()) {
        auto end = header.find(',', start);
        if (end == std::string_view::npos) {
            end = header.size();
        }
        auto item = header.substr(start, end - start);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) {
            item.remove_prefix(1);
        }
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) {
            item.remove_suffix(1);
        }
        if (item.starts_with("t=")) {
            timestamp = std::string(item.substr(2));
        }
        start = end + 1;
    }
    return timestamp;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const auto header = input.substr(0, newline);
    const auto payload = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

    const auto result = verifyStripeSignature(header, payload, secret, now);
    if (verifyStripeSignature(header, payload, secret, now) != result) {
        fail("the same input gave two answers", input);
    }
    if (result == SignatureCheck::Valid &&
        header.find(hmacSha256Hex(secret, timestampOf(header) + "." + std::string(payload))) ==
            std::string_view::npos) {
        fail("Valid without the payload's signature in the header", input);
    }
    if (result == SignatureCheck::Mismatch) {
        const auto withTrue = std::string(header) + ",v1=" +
                              hmacSha256Hex(secret, timestampOf(header) + "." + std::string(payload));
        if (withTrue.size() <= 4096 &&
            verifyStripeSignature(withTrue, payload, secret, now) != SignatureCheck::Valid) {
            fail("adding the true signature to a mismatching header did not make it Valid", withTrue);
        }
    }
    if (size >= 8) {
        std::int64_t offset = 0;
        for (std::size_t i = 0; i < 8; ++i) {
            offset = static_cast<std::int64_t>(static_cast<std::uint64_t>(offset) << 8 | data[i]);
        }
        offset %= 1000;
        const auto t = std::to_string(now + offset);
        const auto built = "t=" + t + ",v1=" + hmacSha256Hex(secret, t + "." + std::string(payload));
        const auto expected = offset >= -300 && offset <= 300 ? SignatureCheck::Valid : SignatureCheck::Stale;
        if (verifyStripeSignature(built, payload, secret, now) != expected) {
            fail("a well-formed header did not verify as its timestamp says", built);
        }
    }
    return 0;
}
