// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace aih::mail {

/// The languages mail is written in, as the console's: en, de, fr, es.
/// Picks the best of them for an Accept-Language header (q-values honoured), English otherwise.
std::string mailLanguage(std::string_view acceptLanguage);

} // namespace aih::mail
