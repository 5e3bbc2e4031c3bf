// SPDX-License-Identifier: Apache-2.0
#include "time/Clock.h"

#include <chrono>

namespace aih::time {

std::int64_t SystemClock::nowMicros() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace aih::time
