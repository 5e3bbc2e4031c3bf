// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

namespace aih::console {

/// The time, behind an interface so tests can pin it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace aih::console
