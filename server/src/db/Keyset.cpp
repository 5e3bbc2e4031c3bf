// SPDX-License-Identifier: Apache-2.0
#include "db/Keyset.h"

#include "aih/Validation.h"
#include "errors/ApiError.h"

#include <regex>

namespace aih::db {

Keyset Keyset::parse(const std::optional<std::string>& cursor)
{
    if (!cursor) {
        return {};
    }
    static const std::regex timestamp(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})");
    const auto bar = cursor->find('|');
    const auto ts = bar == std::string::npos ? "" : cursor->substr(0, bar);
    const auto id = bar == std::string::npos ? "" : cursor->substr(bar + 1);
    if (!std::regex_match(ts, timestamp) || !isUuid(id)) {
        throw errors::ApiError::validation("cursor", "is not a cursor this server issued");
    }
    return {ts, id};
}

std::string Keyset::encode(const std::string& createdAtMicros, const std::string& id)
{
    return createdAtMicros + "|" + id;
}

} // namespace aih::db
