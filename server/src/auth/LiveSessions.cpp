// SPDX-License-Identifier: Apache-2.0
#include "auth/LiveSessions.h"

#include "auth/SessionStore.h"

namespace aih::auth {
namespace {

// A safety net only: changes arrive as notifications, and a missed one empties the cache.
constexpr auto maxAge = std::chrono::minutes(5);
constexpr std::size_t maxEntries = 200'000;

} // namespace

LiveSessions::LiveSessions(db::Database& database) : database_(database), sessions_(maxAge, maxEntries) {}

bool LiveSessions::isLive(const identity::Principal& user)
{
    return sessions_
        .get(user.sessionId,
             [&] {
                 return State{
                     user.userId, database_.inTenant(user.tenantId, [&](db::Transaction& tx) {
                         return SessionStore::activeRole(tx, user.userId, user.sessionId).has_value();
                     })};
             })
        .value.live;
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
