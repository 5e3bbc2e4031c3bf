// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QThread>

namespace aih::test {

/// Polls until `predicate` holds or the time is up; for effects that land asynchronously
/// (usage flushes, cross-instance invalidation).
template <typename Predicate> bool waitUntil(Predicate&& predicate, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (predicate()) {
            return true;
        }
        QThread::msleep(20);
    }
    return predicate();
}

} // namespace aih::test
