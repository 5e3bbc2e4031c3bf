// SPDX-License-Identifier: Apache-2.0
#include "billing/BillingLog.h"

#include "http/Response.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Object.h>
#include <Poco/Timestamp.h>
#include <iostream>

namespace aih::billing {

void logWebhook(const std::string& requestId, const std::string& eventId, const std::string& type,
                const std::string& tenantId, const std::string& outcome, const std::string& note)
{
    Poco::JSON::Object::Ptr line = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    line->set("ts", Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y-%m-%dT%H:%M:%S.%iZ"));
    line->set("kind", "billing");
    line->set("request_id", requestId);
    line->set("event_id", eventId);
    line->set("type", type);
    line->set("tenant", tenantId);
    line->set("outcome", outcome);
    if (!note.empty()) {
        line->set("note", note);
    }
    std::cerr << http::toJsonText(line) + "\n" << std::flush;
}

} // namespace aih::billing
