// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::auth {

/// server/data/common-passwords.txt as compiled in: one password per line, NFKC and lower case.
std::string embeddedCommonPasswords();

} // namespace aih::auth
