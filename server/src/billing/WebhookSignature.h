// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::billing {

enum class SignatureCheck
{
    Valid,
    Malformed, ///< no `t=` with a number, or no `v1=` at all
    Stale,     ///< the timestamp is outside the tolerance, in either direction
    Mismatch,  ///< no `v1` signature matches the payload under our secret
};

/// Verifies a `Stripe-Signature` header (`t=<unix seconds>,v1=<hex>[,v1=<hex>...]`, other
/// schemes ignored) against the raw body: each v1 is HMAC-SHA256 of "<t>.<body>" under the
/// endpoint secret, compared in constant time. Stripe sends several v1 values while a secret
/// is being rolled, so any one matching is enough.
SignatureCheck verifyStripeSignature(std::string_view header, std::string_view payload,
                                     std::string_view secret, long long nowSeconds,
                                     long long toleranceSeconds = 300);

} // namespace aih::billing
