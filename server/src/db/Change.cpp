// SPDX-License-Identifier: Apache-2.0
#include "db/Change.h"

#include <array>
#include <utility>

namespace aih::db {
namespace {

constexpr std::array<std::pair<Change::Subject, std::string_view>, 6> prefixes{{
    {Change::Subject::Tenant, "tenant:"},
    {Change::Subject::Key, "key:"},
    {Change::Subject::User, "user:"},
    {Change::Subject::Content, "content:"},
    {Change::Subject::Domain, "domain:"},
    {Change::Subject::Session, "session:"},
}};

} // namespace

std::optional<Change> Change::parse(std::string_view payload)
{
    if (payload == "*") {
        return everything();
    }
    for (const auto& [subject, prefix] : prefixes) {
        if (payload.starts_with(prefix)) {
            auto id = std::string(payload.substr(prefix.size()));
            if (subject == Subject::Content && id == "*") {
                id.clear();
            }
            return Change{subject, std::move(id)};
        }
    }
    return std::nullopt;
}

std::string Change::payload() const
{
    for (const auto& [subject_, prefix] : prefixes) {
        if (subject_ == subject) {
            return std::string(prefix) + (subject == Subject::Content && id.empty() ? "*" : id);
        }
    }
    return "*";
}

} // namespace aih::db
