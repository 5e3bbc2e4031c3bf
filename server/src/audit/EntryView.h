// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditKeys.h"
#include "audit/AuditQueryStore.h"

#include <Poco/JSON/Object.h>
#include <optional>
#include <string>

namespace aih::audit {

/// An entry as a reader sees it: sealed fields opened where the subject's key still exists.
struct EntryView
{
    const ChainEntry* entry = nullptr;
    std::optional<std::string> ipAddress;
    std::optional<std::string> userAgent;
    PersonalDetails subjectDetails;
    std::optional<std::string> actorEmail;
    std::optional<std::string> actorName;
    /// Sealed fields whose key was destroyed by erasure: present in the chain, unreadable.
    bool actorErased = false;
    bool subjectErased = false;
};

EntryView openEntry(const StoredEntry& stored, const AuditKeys& keys);

/// Parses the stored metadata text; an empty object when there is none.
Poco::JSON::Object::Ptr metadataOf(const ChainEntry& entry);

/// The entry as the API, the JSON-lines export and the GDPR export show it.
Poco::JSON::Object::Ptr toJson(const EntryView& view);

} // namespace aih::audit
