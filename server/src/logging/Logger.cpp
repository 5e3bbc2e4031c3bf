// SPDX-License-Identifier: Apache-2.0
#include "logging/Logger.h"

#include "logging/LineFormatter.h"

#include <Poco/AsyncChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <Poco/StreamChannel.h>
#include <iostream>
#include <mutex>

namespace aih::logging {
namespace {

Poco::Message::Priority priorityOf(Level level)
{
    switch (level) {
    case Level::Debug:
        return Poco::Message::PRIO_DEBUG;
    case Level::Info:
        return Poco::Message::PRIO_INFORMATION;
    case Level::Warning:
        return Poco::Message::PRIO_WARNING;
    case Level::Error:
        return Poco::Message::PRIO_ERROR;
    }
    return Poco::Message::PRIO_ERROR;
}

struct Sink
{
    std::mutex mutex;
    Poco::AutoPtr<Poco::AsyncChannel> channel;
};

Sink& sink()
{
    static Sink instance;
    return instance;
}

/// Installs the channel on the root logger once; loggers made later inherit it.
void install(Format format, Poco::Message::Priority minimum, std::ostream& out)
{
    auto& current = sink();
    std::lock_guard lock(current.mutex);
    Poco::AutoPtr<Poco::StreamChannel> console(new Poco::StreamChannel(out));
    Poco::AutoPtr<LineFormatter> formatter(new LineFormatter(format));
    Poco::AutoPtr<Poco::FormattingChannel> formatting(new Poco::FormattingChannel(formatter, console));
    Poco::AutoPtr<Poco::AsyncChannel> async(new Poco::AsyncChannel(formatting));
    if (current.channel) {
        current.channel->close();
    }
    current.channel = async;
    Poco::Logger::root().setChannel(async);
    Poco::Logger::root().setLevel(minimum);
    // Loggers already made copied the root's settings when they were made.
    Poco::Logger::setChannel("", async);
    Poco::Logger::setLevel("", minimum);
}

Poco::Logger& loggerFor(const std::string& component)
{
    static std::once_flag defaults;
    std::call_once(defaults, [] {
        if (!sink().channel) {
            install(Format::Json, Poco::Message::PRIO_INFORMATION, std::cerr);
        }
    });
    return Poco::Logger::get(component);
}

} // namespace

Poco::Logger& Logger::poco() const
{
    auto* resolved = logger_.load(std::memory_order_acquire);
    if (!resolved) {
        resolved = &loggerFor(component_);
        logger_.store(resolved, std::memory_order_release);
    }
    return *resolved;
}

void Logger::debug(std::string_view message, Fields fields) const
{
    write(Level::Debug, message, fields);
}

void Logger::info(std::string_view message, Fields fields) const
{
    write(Level::Info, message, fields);
}

void Logger::warning(std::string_view message, Fields fields) const
{
    write(Level::Warning, message, fields);
}

void Logger::error(std::string_view message, Fields fields) const
{
    write(Level::Error, message, fields);
}

void Logger::write(Level level, std::string_view message, Fields fields) const
{
    const auto priority = priorityOf(level);
    auto& logger = poco();
    if (!logger.is(priority)) {
        return;
    }
    Poco::Message line(component_, std::string(message), priority);
    if (fields.size() != 0) {
        line.set(std::string(LineFormatter::fieldsParam), LineFormatter::packFields(fields));
    }
    logger.log(line);
}

void configure(Format format, Level minimum, std::ostream& out)
{
    install(format, priorityOf(minimum), out);
}

void configure(Format format, Level minimum)
{
    configure(format, minimum, std::cerr);
}

void shutdown()
{
    auto& current = sink();
    std::lock_guard lock(current.mutex);
    if (current.channel) {
        // Closing the async channel lets its thread write out what is queued first.
        current.channel->close();
    }
}

} // namespace aih::logging
