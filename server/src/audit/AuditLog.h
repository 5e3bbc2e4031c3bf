// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditKeys.h"
#include "db/Transaction.h"

namespace aih::audit {

/// Appends events to the tenant's tamper-evident chain, inside the caller's transaction, so an
/// entry exists exactly when the change it records commits. An operator's action is appended to
/// the platform tenant's chain as well, in the same transaction.
///
/// Call record() as the last step of a transaction: it holds the tenant's chain lock until the
/// transaction ends, and taking it last keeps the lock short and its order after every other
/// lock the transaction takes (no deadlocks).
class AuditLog
{
public:
    explicit AuditLog(const AuditKeys& keys) : keys_(keys) {}

    void record(db::Transaction& tx, const AuditEvent& event) const;

    /// Destroys the subject's key (crypto-shredding): everything ever sealed for them becomes
    /// unreadable, while every entry and hash stays as it was. Takes the chain lock first, so no
    /// concurrent append can still be sealing with the key being destroyed.
    static void eraseSubject(db::Transaction& tx, const std::string& subjectId);

    /// The subject's key to seal with, made on first use; nothing once the subject was erased.
    std::optional<std::string> subjectKey(db::Transaction& tx, const std::string& subjectId) const;
    const AuditKeys& keys() const { return keys_; }

private:
    /// An operator's action goes into the touched tenant's chain and the platform's, atomically.
    void recordOperatorAction(db::Transaction& tx, const AuditEvent& event) const;
    void append(db::Transaction& tx, const AuditEvent& event) const;

    const AuditKeys& keys_;
};

/// The context a sealed field is bound to, so it only opens in its own entry and role.
std::string sealContext(std::string_view tenantId, std::string_view entryId, std::string_view role);

} // namespace aih::audit
