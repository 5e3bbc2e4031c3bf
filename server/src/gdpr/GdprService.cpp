// SPDX-License-Identifier: Apache-2.0
#include "gdpr/GdprService.h"

#include "accounts/MailOutbox.h"
#include "apikeys/ApiKeyJson.h"
#include "apikeys/ApiKeyStore.h"
#include "audit/AuditQueryStore.h"
#include "audit/EntryView.h"
#include "errors/ApiError.h"
#include "gdpr/GdprStore.h"
#include "tenancy/TenantStore.h"
#include "time/Clock.h"
#include "users/UserJson.h"
#include "users/UserStore.h"
#include "util/JsonText.h"
#include "util/StreamWriter.h"
#include "webhooks/EventOutbox.h"

#include <sstream>
#include <stdexcept>

namespace aih::gdpr {
namespace {

/// Audit entries per batch of a personal-data export.
constexpr int auditBatchRows = 500;

using errors::ApiError;
using errors::ErrorCode;

Poco::Dynamic::Var orNull(const std::optional<std::string>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

Poco::JSON::Object::Ptr toJson(const SessionRecord& session)
{
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", session.id);
    out->set("created_at", session.createdAt);
    out->set("ip_address", orNull(session.ipAddress));
    out->set("user_agent", orNull(session.userAgent));
    out->set("ended_at", orNull(session.endedAt));
    out->set("end_reason", orNull(session.endReason));
    return out;
}

/// An entry as the data subject may see it: their own sealed fields opened, other people's left
/// out (an admin's address on an entry about the user is the admin's personal data).
audit::EntryView subjectView(const audit::StoredEntry& stored, const audit::AuditKeys& keys,
                             const std::string& userId)
{
    auto view = audit::openEntry(stored, keys);
    const auto& e = stored.entry;
    const bool originIsTheirs =
        e.actorId == userId ||
        (e.actorType == audit::actorTypeName(audit::ActorType::Anonymous) && e.subjectId == userId);
    if (!originIsTheirs) {
        view.ipAddress.reset();
        view.userAgent.reset();
    }
    if (e.subjectId != userId) {
        view.subjectDetails.clear();
    }
    return view;
}

void writeKeys(db::Transaction& tx, const std::string& userId, std::ostream& out)
{
    out << "\"api_keys\":[";
    bool first = true;
    db::Keyset position;
    for (;;) {
        const auto page = apikeys::ApiKeyStore::list(tx, userId, 200, position);
        for (const auto& key : page.keys) {
            out << (first ? "" : ",") << util::toJsonText(apikeys::toJson(key));
            first = false;
        }
        if (!page.nextCursor) {
            break;
        }
        position = db::Keyset::parse(page.nextCursor);
    }
    out << "]";
}

} // namespace

util::StreamWriter GdprService::exportUser(identity::Caller& caller, const std::string& userId) const
{
    const auto throughSeq = caller.inTenant(database_, [&](db::Transaction& tx) {
        // The role checked is the one the actor check just read from the database.
        if (caller.principal.userId != userId && caller.principal.role != Role::Admin) {
            throw ApiError(ErrorCode::Forbidden, "Only admins can export another user's data.");
        }
        if (!users::UserStore::findById(tx, userId)) {
            throw ApiError(ErrorCode::NotFound, "No such user.");
        }
        audit_.record(tx, audit::eventFrom(caller, "gdpr.export").on("user", userId).about(userId));
        return audit::AuditQueryStore::lastSeq(tx);
    });
    // As the audit export (AuditService::exportRows): no transaction is open while the reader
    // takes the bytes. The records are small and read at once; the audit entries, which can be
    // many, come in keyset batches up to this export's own entry.
    return [this, &caller, userId, throughSeq](std::ostream& out) {
        out << caller.inTenant(database_, [&](db::Transaction& tx) { return personalRecords(tx, userId); });
        out << ",\"audit_entries\":[";
        bool first = true;
        std::int64_t afterSeq = 0;
        for (;;) {
            const auto batch = caller.inTenant(database_, [&](db::Transaction& tx) {
                return audit::AuditQueryStore::subjectRowsAfter(tx, userId, afterSeq, throughSeq,
                                                                auditBatchRows);
            });
            for (const auto& stored : batch) {
                out << (first ? "\n" : ",\n")
                    << util::toJsonText(audit::toJson(subjectView(stored, audit_.keys(), userId)));
                first = false;
            }
            if (!out) {
                throw std::runtime_error("the export's connection broke");
            }
            if (static_cast<int>(batch.size()) < auditBatchRows) {
                break;
            }
            afterSeq = batch.back().entry.seq;
        }
        out << "]}\n";
    };
}

std::string GdprService::personalRecords(db::Transaction& tx, const std::string& userId)
{
    std::ostringstream out;
    const auto user = users::UserStore::findById(tx, userId);
    out << "{\"exported_at\":\"" << audit::timestampText(time::systemClock().nowMicros())
        << "\",\"user\":" << (user ? util::toJsonText(users::toJson(*user)) : "null") << ",\"sessions\":[";
    bool first = true;
    for (const auto& session : GdprStore::sessions(tx, userId)) {
        out << (first ? "" : ",") << util::toJsonText(toJson(session));
        first = false;
    }
    out << "],";
    writeKeys(tx, userId, out);
    return out.str();
}

Erasure GdprService::erase(identity::Caller& caller, const std::string& userId,
                           const std::function<void(const users::User&)>& mayErase) const
{
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        // Serialised with user changes, so the last-admin rule holds under concurrency.
        tenancy::TenantStore::findForUpdate(tx, tx.tenantId());
        const auto user = users::UserStore::findById(tx, userId);
        if (!user) {
            throw ApiError(ErrorCode::NotFound, "No such user.");
        }
        if (mayErase) {
            mayErase(*user);
        }
        if (user->role == Role::Admin && user->active && users::UserStore::countActiveAdmins(tx) <= 1) {
            throw ApiError(ErrorCode::LastAdmin,
                           "This is the tenant's last active admin; promote another first.");
        }
        // The stand-in the user row gets too: what an event named is still recognisably the one
        // person, and no longer who.
        for (const auto& address : GdprStore::addressesOf(tx, userId)) {
            const auto standIn = "erased-" + user->id + "@erased.invalid";
            webhooks::EventOutbox::forgetAddress(tx, address, standIn);
            accounts::MailOutbox::forgetAddress(tx, address, standIn);
        }
        GdprStore::erase(tx, userId);
        audit_.eraseSubject(tx, userId);
        Erasure erasure{userId, GdprStore::auditEntriesAbout(tx, userId)};
        audit_.record(tx, audit::eventFrom(caller, "gdpr.erase")
                              .on("user", userId)
                              .about(userId)
                              .with("audit_entries_pseudonymised", erasure.auditEntriesKept));
        return erasure;
    });
}

} // namespace aih::gdpr
