// SPDX-License-Identifier: Apache-2.0
// Fuzz target `scimbody`: SCIM request bodies from whoever holds a tenant's SCIM token. The first
// byte picks the reader: a User (POST/PUT), a Group, or a PatchOp applied to a user or a group.
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but ScimError escapes, and only with a 4xx status;
//  - an accepted user has an email address for userName and bounded fields;
//  - an accepted group has a display name, and a patched group never lists a member twice.
#include "aih/Validation.h"
#include "scim/ScimError.h"
#include "scim/ScimRequests.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

using namespace aih::scim;

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkUser(const UserDraft& user)
{
    require(aih::isValidEmail(user.email), "a user without an email address");
    require(user.name.size() <= 511 && user.externalId.size() <= 255, "an unbounded field");
}

void checkGroup(const GroupDraft& group)
{
    require(!group.displayName.empty() && group.displayName.size() <= 255, "a bad display name");
    const std::set<std::string> unique(group.memberIds.begin(), group.memberIds.end());
    require(unique.size() == group.memberIds.size(), "a member listed twice");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        const auto body = parseScimBody(text);
        switch (data[0] % 4) {
        case 0:
            checkUser(userDraftOf(*body));
            break;
        case 1: {
            auto group = groupDraftOf(*body);
            std::sort(group.memberIds.begin(), group.memberIds.end());
            group.memberIds.erase(std::unique(group.memberIds.begin(), group.memberIds.end()),
                                  group.memberIds.end());
            checkGroup(group);
            break;
        }
        case 2: {
            UserDraft user{"grace@acme.example", "Grace Hopper", "00u1", true};
            applyUserPatch(user, *body);
            checkUser(user);
            break;
        }
        default: {
            GroupDraft group{"Engineering", "", {"a", "b"}};
            applyGroupPatch(group, *body);
            checkGroup(group);
            break;
        }
        }
    } catch (const ScimError& error) {
        require(error.status >= 400 && error.status < 500, "a refusal that is not a 4xx");
    }
    return 0;
}
