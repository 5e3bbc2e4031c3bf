// SPDX-License-Identifier: Apache-2.0
// Fuzz target `scim`: SCIM filters (RFC 7644 §3.4.2.2), which come from whoever holds a tenant's
// SCIM token, through parseScimFilter.
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but ScimFilterError escapes;
//  - an accepted filter, written back with toFilterText, parses again and writes back the same
//    (unless writing it back made it longer than the limit: `1e3` is written `1000`);
//  - an accepted filter can be evaluated against a user and a group (matchesFilter), and `not`
//    of it gives the opposite answer.
#include "scim/ScimFilter.h"
#include "scim/ScimFilterMatch.h"
#include "scim/ScimResources.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace aih::scim;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::string written;
    FilterNode filter;
    try {
        filter = parseScimFilter(input);
        written = toFilterText(filter);
    } catch (const ScimFilterError&) {
        return 0;
    }
    static const ScimUser user{"6b2d1f0e-0000-4000-8000-000000000001",
                               "grace@acme.example",
                               "Grace Hopper",
                               "00u1",
                               true,
                               aih::Role::Admin,
                               "2026-01-01T00:00:00Z",
                               "2026-02-01T00:00:00Z",
                               {{"6b2d1f0e-0000-4000-8000-000000000002", "Engineering"}}};
    static const ScimGroup group{"6b2d1f0e-0000-4000-8000-000000000002",
                                 "Engineering",
                                 "",
                                 "2026-01-01T00:00:00Z",
                                 "2026-02-01T00:00:00Z",
                                 {{user.id, user.email}}};
    FilterNode negated;
    negated.kind = FilterNode::Kind::Not;
    negated.children.push_back(filter);
    if (matchesFilter(filter, attributesOf(user)) == matchesFilter(negated, attributesOf(user)) ||
        matchesFilter(filter, attributesOf(group)) == matchesFilter(negated, attributesOf(group))) {
        std::fprintf(stderr, "scim: a filter and its negation agree\n%s\n", written.c_str());
        std::abort();
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
