// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cache/InvalidatingCache.h"
#include "db/Change.h"
#include "db/Database.h"
#include "identity/Principal.h"

#include <functional>
#include <optional>
#include <string>

namespace aih::auth {

/// Which sign-in sessions are live, per instance. An access token is signed for 15 minutes, but
/// its session can end sooner (sign-out, deactivation, a reused refresh token, a role change).
/// Every route asks this cache, which the database's notifications (`session:<id>`, `user:<id>`)
/// keep current on every instance; routes that run a tenant transaction ask it again there.
class LiveSessions
{
public:
    /// `listening`: whether the change listener hears the notifications now.
    LiveSessions(db::Database& database, std::function<bool()> listening);

    /// Whether the user's session is unrevoked and the user active; one query per session and
    /// instance, then from memory until a change says otherwise.
    bool isLive(const identity::Principal& user);
    /// The user's current role while the session is live, nullopt once it ended, in a
    /// transaction of its own when it is not known (for a check made before any other).
    std::optional<Role> liveRole(const identity::Principal& user);
    /// The user's current role while the session is live, nullopt once it ended, for a check
    /// inside `tx`. From memory while the listener hears changes: a kept state is then as
    /// current as a read (a change drops it within milliseconds, on every instance), and the
    /// read would cost the transaction a round trip. Read in `tx` while it does not.
    std::optional<Role> activeRole(db::Transaction& tx, const identity::Principal& user);
    void onChange(const db::Change& change);

private:
    struct State
    {
        std::string userId;
        std::optional<Role> role; ///< nullopt: the session ended or the user is inactive
    };
    static State stateIn(db::Transaction& tx, const identity::Principal& user);
    /// The state read in a transaction of its own.
    State load(const identity::Principal& user);

    db::Database& database_;
    std::function<bool()> listening_;
    cache::InvalidatingCache<State> sessions_;
};

} // namespace aih::auth
