// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace aih::db {

/// A committed change that per-instance caches must hear of. Travels between instances as the
/// payload of a NOTIFY on `aih_invalidate` (`tenant:<id>`, `key:<public id>`, `user:<id>`,
/// `content:<tenant id|*>`, `domain:<name>`, `session:<id>`, or `*`), which schema triggers send
/// too.
struct Change
{
    enum class Subject
    {
        Everything, ///< notifications may have been missed: forget all
        Tenant,     ///< a tenant's plan, limits or status
        Key,        ///< an API key, by public id
        User,       ///< a user's role or active flag
        Content,    ///< a tenant's catalogue; no id: every tenant's
        Domain,     ///< a custom domain, by name
        Session,    ///< a sign-in session that ended
    };

    Subject subject = Subject::Everything;
    std::string id;

    static Change everything() { return {}; }
    static Change tenant(std::string id) { return {Subject::Tenant, std::move(id)}; }
    static Change key(std::string publicId) { return {Subject::Key, std::move(publicId)}; }
    static Change user(std::string id) { return {Subject::User, std::move(id)}; }
    static Change domain(std::string name) { return {Subject::Domain, std::move(name)}; }
    static Change session(std::string id) { return {Subject::Session, std::move(id)}; }

    /// The NOTIFY payload's meaning; nullopt for a payload this version does not know.
    static std::optional<Change> parse(std::string_view payload);
    std::string payload() const;

    bool operator==(const Change&) const = default;
};

/// Tells this instance's caches about a committed change at once (see ChangeListener).
using Announce = std::function<void(const Change&)>;

} // namespace aih::db
