// SPDX-License-Identifier: Apache-2.0
#include "db/ChangeListener.h"

#include "logging/Logger.h"

#include <chrono>
#include <pqxx/pqxx>

namespace aih::db {
namespace {

const logging::Logger logger("change-listener");

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
    thread_ = std::thread([this] { run(); });
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
            pqxx::connection connection(url_);
            Receiver receiver(connection, [this](const std::string& payload) {
                // A payload a newer version sends is not understood here: forgetting all is safe.
                deliver(Change::parse(payload).value_or(Change::everything()));
            });
            // Anything may have changed while we were not listening.
            deliver(Change::everything());
            connected_ = true;
            backoff = std::chrono::milliseconds(100);
            while (!stopping_) {
                connection.await_notification(0, 200'000);
            }
        } catch (const std::exception& error) {
            if (connected_.exchange(false)) {
                logger.warning(error.what());
            }
            std::this_thread::sleep_for(backoff);
            backoff = std::min(backoff * 2, std::chrono::milliseconds(2000));
        }
    }
    connected_ = false;
}

} // namespace aih::db
