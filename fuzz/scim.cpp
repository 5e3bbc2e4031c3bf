// SPDX-License-Identifier: Apache-2.0
// Fuzz target `scim`: SCIM filters (RFC 7644 §3.4.2.2), which come from whoever holds a tenant's
// SCIM token, through parseScimFilter.
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but ScimFilterError escapes;
//  - an accepted filter, written back with toFilterText, parses again and writes back the same
//    (unless writing it back made it longer than the limit: `1e3` is written `1000`).
#include "scim/ScimFilter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace aih::scim;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::string written;
    try {
        written = toFilterText(parseScimFilter(input));
    } catch (const ScimFilterError&) {
        return 0;
    }
    if (written.size() > 2048) {
        return 0;
    }
    try {
        const auto again = toFilterText(parseScimFilter(written));
        if (again != written) {
            std::fprintf(stderr, "scim: not stable\n%s\n%s\n", written.c_str(), again.c_str());
            std::abort();
        }
    } catch (const ScimFilterError& error) {
        std::fprintf(stderr, "scim: its own text refused (%s)\n%s\n", error.what(), written.c_str());
        std::abort();
    }
    return 0;
}
