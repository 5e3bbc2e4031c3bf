// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

namespace Poco {
class Logger;
}

namespace aih::logging {

enum class Level
{
    Debug,
    Info,
    Warning,
    Error,
};

enum class Format
{
    Json, ///< one JSON object per line, for production log collectors
    Text, ///< `time level component: message key=value`, for a terminal
};

/// Extra key/value pairs of one log line (a request id, an event id).
using Fields = std::initializer_list<std::pair<std::string_view, std::string_view>>;

/// A named component's log. Lines are written by a background thread (Poco's AsyncChannel), so
/// logging never waits for a write system call on a request path. Constructing one only keeps
/// the name, so a file may hold its logger at namespace scope.
class Logger
{
public:
    explicit Logger(std::string component) : component_(std::move(component)) {}
    Logger(const Logger&) = delete;
    Logger& operator=(const Logger&) = delete;

    void debug(std::string_view message, Fields fields = {}) const;
    void info(std::string_view message, Fields fields = {}) const;
    void warning(std::string_view message, Fields fields = {}) const;
    void error(std::string_view message, Fields fields = {}) const;

private:
    void write(Level level, std::string_view message, Fields fields) const;
    Poco::Logger& poco() const;

    std::string component_;
    mutable std::atomic<Poco::Logger*> logger_{nullptr};
};

/// Sets the format, the lowest level written and where lines go (standard error unless told),
/// for every logger. Call at start-up, before other threads log; until then lines go to standard
/// error as JSON at level info.
void configure(Format format, Level minimum, std::ostream& out);
void configure(Format format, Level minimum);
/// Writes out what is queued and stops the writer thread; call at exit.
void shutdown();

} // namespace aih::logging
