// SPDX-License-Identifier: Apache-2.0
#include "http/HttpDate.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <ctime>

namespace aih::http {

const std::string& httpDateNow()
{
    thread_local std::time_t formattedSecond = 0;
    thread_local std::string formatted;
    const std::time_t second = std::time(nullptr);
    if (second != formattedSecond) {
        formattedSecond = second;
        formatted = Poco::DateTimeFormatter::format(Poco::Timestamp::fromEpochTime(second),
                                                    Poco::DateTimeFormat::HTTP_FORMAT);
    }
    return formatted;
}

} // namespace aih::http
