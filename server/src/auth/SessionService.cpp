// SPDX-License-Identifier: Apache-2.0
#include "auth/SessionService.h"

#include "errors/ApiError.h"
#include "users/UserStore.h"

namespace aih::auth {

SessionService::SessionService(db::Database& database, const audit::AuditLog& audit, db::Announce announce)
    : database_(database), audit_(audit), announce_(std::move(announce))
{
}

std::vector<LiveSession> SessionService::list(identity::Caller& caller)
{
    return caller.inTenant(database_, [&](db::Transaction& tx) {
        return SessionStore::liveSessions(tx, caller.principal.userId);
    });
}

void SessionService::end(identity::Caller& caller, const std::string& sessionId)
{
    const bool ended = caller.inTenant(database_, [&](db::Transaction& tx) {
        if (!SessionStore::revokeUserSession(tx, caller.principal.userId, sessionId, "ended_by_user")) {
            return false;
        }
        audit_.record(tx, audit::eventFrom(caller, "auth.session_ended").on("session", sessionId));
        return true;
    });
    if (!ended) {
        throw errors::ApiError(errors::ErrorCode::NotFound, "No such session of yours, or it has ended.");
    }
    announce_(db::Change::session(sessionId));
}

int SessionService::endAllOf(identity::Caller& caller, const std::string& userId)
{
    const auto ended = caller.inTenant(database_, [&](db::Transaction& tx) {
        if (!users::UserStore::findById(tx, userId)) {
            throw errors::ApiError(errors::ErrorCode::NotFound, "No such user.");
        }
        auto sessions = SessionStore::revokeUserSessions(tx, userId, "ended_by_admin");
        audit_.record(tx, audit::eventFrom(caller, "auth.sessions_ended")
                              .on("user", userId)
                              .about(userId)
                              .with("sessions_ended", static_cast<int>(sessions.size())));
        return sessions;
    });
    for (const auto& session : ended) {
        announce_(db::Change::session(session));
    }
    return static_cast<int>(ended.size());
}

} // namespace aih::auth
