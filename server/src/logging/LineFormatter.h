// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logging/Logger.h"

#include <Poco/Formatter.h>
#include <string>
#include <string_view>

namespace aih::logging {

/// Turns a Poco message into one log line, as JSON or as text.
class LineFormatter : public Poco::Formatter
{
public:
    /// Poco 1.11's Message cannot list its parameters, so a line's fields travel packed in one.
    static constexpr std::string_view fieldsParam = "aih.fields";
    static std::string packFields(Fields fields);

    explicit LineFormatter(Format format) : format_(format) {}
    void format(const Poco::Message& message, std::string& text) override;

private:
    Format format_;
};

} // namespace aih::logging
