// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cache/InvalidatingCache.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Principal.h"

#include <string>

namespace aih::auth {

/// Which sign-in sessions are live, per instance. An access token is signed for 15 minutes, but
/// its session can end sooner (sign-out, deactivation, a reused refresh token): routes that run a
/// tenant transaction re-confirm the session there, and every other route asks this cache, which
/// the database's notifications (`session:<id>`, `user:<id>`) keep current on every instance.
class LiveSessions
{
public:
    explicit LiveSessions(db::Database& database);

    /// Whether the user's session is unrevoked and the user active; one query per session and
    /// instance, then from memory until a change says otherwise.
    bool isLive(const identity::Principal& user);
    void onChange(const db::Change& change);

private:
    struct State
    {
        std::string userId;
        bool live = false;
    };

    db::Database& database_;
    cache::InvalidatingCache<State> sessions_;
};

} // namespace aih::auth
