// SPDX-License-Identifier: Apache-2.0
#include "logging/LineFormatter.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/JSONString.h>
#include <Poco/Message.h>
#include <vector>

namespace aih::logging {
namespace {

// Field keys and values are separated by a NUL, which neither may contain.
constexpr char separator = '\0';

std::vector<std::pair<std::string, std::string>> unpack(const Poco::Message& message)
{
    std::vector<std::pair<std::string, std::string>> fields;
    const std::string param(LineFormatter::fieldsParam);
    if (!message.has(param)) {
        return fields;
    }
    // get() hands back a reference into the message (its default argument would dangle).
    const std::string& packed = message.get(param);
    std::size_t start = 0;
    while (start < packed.size()) {
        const auto keyEnd = packed.find(separator, start);
        const auto valueEnd = packed.find(separator, keyEnd + 1);
        fields.emplace_back(packed.substr(start, keyEnd - start),
                            packed.substr(keyEnd + 1, valueEnd - keyEnd - 1));
        start = valueEnd == std::string::npos ? packed.size() : valueEnd + 1;
    }
    return fields;
}

std::string_view levelName(Poco::Message::Priority priority)
{
    switch (priority) {
    case Poco::Message::PRIO_DEBUG:
    case Poco::Message::PRIO_TRACE:
        return "debug";
    case Poco::Message::PRIO_INFORMATION:
    case Poco::Message::PRIO_NOTICE:
        return "info";
    case Poco::Message::PRIO_WARNING:
        return "warning";
    default:
        return "error";
    }
}

std::string quoted(const std::string& text)
{
    return Poco::toJSON(text, true);
}

} // namespace

std::string LineFormatter::packFields(Fields fields)
{
    std::string packed;
    for (const auto& [key, value] : fields) {
        packed.append(key).push_back(separator);
        packed.append(value).push_back(separator);
    }
    return packed;
}

void LineFormatter::format(const Poco::Message& message, std::string& text)
{
    const auto time = Poco::DateTimeFormatter::format(message.getTime(), "%Y-%m-%dT%H:%M:%S.%iZ");
    const auto level = levelName(message.getPriority());
    const auto fields = unpack(message);
    if (format_ == Format::Text) {
        text.append(time).append(" ").append(level).append(" ").append(message.getSource()).append(": ");
        text.append(message.getText());
        for (const auto& [key, value] : fields) {
            text.append(" ").append(key).append("=").append(value);
        }
        return;
    }
    text.append(R"({"ts":")").append(time).append(R"(","level":")").append(level);
    text.append(R"(","component":)").append(quoted(message.getSource()));
    text.append(R"(,"message":)").append(quoted(message.getText()));
    for (const auto& [key, value] : fields) {
        text.append(",").append(quoted(key)).append(":").append(quoted(value));
    }
    text.append("}");
}

} // namespace aih::logging
