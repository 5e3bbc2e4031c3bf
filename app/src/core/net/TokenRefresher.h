// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <functional>

namespace aih::console {

/// Gets fresh tokens after a call was refused with 401. Concurrent callers share one refresh:
/// a refresh token is single-use, and presenting a spent one ends the whole session.
class TokenRefresher
{
public:
    virtual ~TokenRefresher() = default;
    /// Calls `done(true)` once new tokens are in place, `done(false)` when the session is over.
    /// `done` is dropped if `context` is destroyed first.
    virtual void refreshThen(QObject* context, std::function<void(bool)> done) = 0;
};

} // namespace aih::console
