// SPDX-License-Identifier: Apache-2.0
#include "db/ChangeListener.h"

#include "db/PinnedConnection.h"
#include "logging/Logger.h"

#include <chrono>
#include <pqxx/pqxx>

namespace aih::db {
namespace {

const logging::Logger changeListenerLogger("change-listener");

class Receiver : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base& connection, std::function<void(const std::string&)> deliver)
        : pqxx::notification_receiver(connection, "aih_invalidate"), deliver_(std::move(deliver))
    {
    }
    void operator()(const std::string& payload, int /*backendPid*/) override { deliver_(payload); }

private:
    std::function<void(const std::string&)> deliver_;
};

} // namespace

ChangeListener::ChangeListener(std::string url) : url_(std::move(url)) {}

ChangeListener::~ChangeListener()
{
    stop();
}

void ChangeListener::subscribe(Subscriber subscriber)
{
    std::lock_guard lock(mutex_);
    subscribers_.push_back(std::move(subscriber));
}

void ChangeListener::announceLocally(const Change& change)
{
    deliver(change);
}

void ChangeListener::start()
{
    auto attempted = firstAttempt_.get_future();
    thread_ = std::thread([this] { run(); });
    attempted.wait_for(std::chrono::seconds(5));
}

void ChangeListener::reportFirstAttempt()
{
    if (!firstAttemptReported_) {
        firstAttemptReported_ = true;
        firstAttempt_.set_value();
    }
}

void ChangeListener::stop()
{
    stopping_ = true;
    if (thread_.joinable()) {
        thread_.join();
    }
}

void ChangeListener::deliver(const Change& change)
{
    std::lock_guard lock(mutex_);
    for (const auto& subscriber : subscribers_) {
        subscriber(change);
    }
}

void ChangeListener::run()
{
    auto backoff = std::chrono::milliseconds(100);
    while (!stopping_) {
        try {
            const auto connection = openPinned(url_);
            Receiver receiver(*connection, [this](const std::string& payload) {
                // A payload a newer version sends is not understood here: forgetting all is safe.
                deliver(Change::parse(payload).value_or(Change::everything()));
            });
            // Anything may have changed while we were not listening.
            deliver(Change::everything());
            connected_ = true;
            reportFirstAttempt();
            backoff = std::chrono::milliseconds(100);
            while (!stopping_) {
                // Throws once it reads that the server dropped the connection; the check after
                // it covers a drop that libpq took in without a complaint.
                connection->await_notification(0, 200'000);
                if (!connection->is_open()) {
                    throw pqxx::broken_connection("the listening connection was closed");
                }
            }
        } catch (const std::exception& error) {
            reportFirstAttempt();
            if (connected_.exchange(false)) {
                changeListenerLogger.warning(error.what());
            }
            std::this_thread::sleep_for(backoff);
            backoff = std::min(backoff * 2, std::chrono::milliseconds(2000));
        }
    }
    connected_ = false;
}

} // namespace aih::db
