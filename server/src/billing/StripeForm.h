// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace aih::billing {

/// Request parameters in the order they are sent. Stripe takes nested parameters as bracketed
/// keys, e.g. `line_items[0][price]` or `metadata[tenant_id]`.
using StripeForm = std::vector<std::pair<std::string, std::string>>;

/// application/x-www-form-urlencoded: every byte but the unreserved ones (A-Z a-z 0-9 - . _ ~)
/// percent-encoded, brackets of nested keys included.
std::string encodeForm(const StripeForm& form);

} // namespace aih::billing
