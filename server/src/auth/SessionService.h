// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "auth/SessionStore.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Caller.h"

#include <string>
#include <vector>

namespace aih::auth {

/// A user's view of their own sessions, and an admin's way to end a member's. An ended
/// session's tokens stop at once on every instance: access tokens are checked against live
/// sessions (LiveSessions, told by the database's notification), refresh tokens in the database.
class SessionService
{
public:
    SessionService(db::Database& database, const audit::AuditLog& audit, db::Announce announce);

    std::vector<LiveSession> list(identity::Caller& caller);
    /// Ends one of the caller's own sessions; 404 for anyone else's, an unknown or an ended one.
    void end(identity::Caller& caller, const std::string& sessionId);
    /// An admin ends every session of a user of the tenant; returns how many ended.
    int endAllOf(identity::Caller& caller, const std::string& userId);

private:
    db::Database& database_;
    const audit::AuditLog& audit_;
    db::Announce announce_;
};

} // namespace aih::auth
