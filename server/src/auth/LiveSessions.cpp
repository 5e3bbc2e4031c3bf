// SPDX-License-Identifier: Apache-2.0
#include "auth/LiveSessions.h"

#include "auth/SessionStore.h"

namespace aih::auth {
namespace {

// A safety net only: changes arrive as notifications, and a missed one empties the cache.
constexpr auto maxAge = std::chrono::minutes(5);
constexpr std::size_t maxEntries = 200'000;

} // namespace

LiveSessions::LiveSessions(db::Database& database, std::function<bool()> listening)
    : database_(database), listening_(std::move(listening)), sessions_(maxAge, maxEntries)
{
}

LiveSessions::State LiveSessions::stateIn(db::Transaction& tx, const identity::Principal& user)
{
    return {user.userId, SessionStore::activeRole(tx, user.userId, user.sessionId)};
}

LiveSessions::State LiveSessions::load(const identity::Principal& user)
{
    return database_.inTenant(user.tenantId, [&](db::Transaction& tx) { return stateIn(tx, user); });
}

bool LiveSessions::isLive(const identity::Principal& user)
{
    return sessions_.get(user.sessionId, [&] { return load(user); }).value.role.has_value();
}

std::optional<Role> LiveSessions::liveRole(const identity::Principal& user)
{
    if (!listening_()) {
        return load(user).role;
    }
    return sessions_.get(user.sessionId, [&] { return load(user); }).value.role;
}

std::optional<Role> LiveSessions::activeRole(db::Transaction& tx, const identity::Principal& user)
{
    if (!listening_()) {
        return stateIn(tx, user).role;
    }
    // A miss loads in `tx` itself: a second transaction would need a second pooled connection.
    return sessions_.get(user.sessionId, [&] { return stateIn(tx, user); }).value.role;
}

void LiveSessions::onChange(const db::Change& change)
{
    using Subject = db::Change::Subject;
    switch (change.subject) {
    case Subject::Session:
        sessions_.erase(change.id);
        break;
    case Subject::User:
        sessions_.eraseIf([&change](const State& state) { return state.userId == change.id; });
        break;
    case Subject::Everything:
        sessions_.clear();
        break;
    default:
        break;
    }
}

} // namespace aih::auth
