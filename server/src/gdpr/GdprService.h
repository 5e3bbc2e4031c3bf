// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "identity/Caller.h"
#include "users/UserStore.h"
#include "util/StreamWriter.h"

#include <cstdint>
#include <functional>
#include <string>

namespace aih::gdpr {

struct Erasure
{
    std::string userId;
    /// Audit entries that still record what the user did and what was done to them, now under
    /// their pseudonymous id only.
    std::int64_t auditEntriesKept = 0;
};

/// The data subject's rights (GDPR articles 15 and 17) over what the core tables and the audit
/// trail hold about a user.
///
/// Erasure and the audit trail: the trail must keep proving what happened, and must forget who
/// the person was. Its entries name people only by pseudonymous ids; everything personal
/// (email, name, API key names, the address and user agent of their requests) is sealed under a
/// key of the person's own, and the chain hashes cover the sealed bytes. Erasure destroys that
/// key: the entries, their hashes and the chain's verifiability stay exactly as they were, and
/// the personal fields become unreadable to everyone, the server included.
class GdprService
{
public:
    GdprService(db::Database& database, const audit::AuditLog& audit) : database_(database), audit_(audit) {}

    /// The user themself or an admin: profile, sessions, API keys and every audit entry they
    /// caused or are the subject of, streamed as one JSON document. The request is audited.
    util::StreamWriter exportUser(identity::Caller& caller, const std::string& userId) const;
    /// Admins only; the tenant's last active admin cannot be erased. `mayErase`, if given, is
    /// asked about the user under the same lock as the erasure, and throws to refuse.
    Erasure erase(identity::Caller& caller, const std::string& userId,
                  const std::function<void(const users::User&)>& mayErase = {}) const;

private:
    /// The export's opening up to the audit entries: profile, sessions and API keys.
    static std::string personalRecords(db::Transaction& tx, const std::string& userId);

    db::Database& database_;
    const audit::AuditLog& audit_;
};

} // namespace aih::gdpr
