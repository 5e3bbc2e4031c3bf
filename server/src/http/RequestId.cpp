// SPDX-License-Identifier: Apache-2.0
#include "http/RequestId.h"

#include "util/RandomUuid.h"

#include <algorithm>

namespace aih::http {

std::string requestIdFor(std::string_view offered)
{
    const bool sane = !offered.empty() && offered.size() <= 128 && std::ranges::all_of(offered, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
               c == '_' || c == '-';
    });
    if (sane) {
        return std::string(offered);
    }
    return util::uniqueId();
}

} // namespace aih::http
