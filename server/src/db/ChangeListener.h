// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Change.h"

#include <atomic>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace aih::db {

/// Listens on the `aih_invalidate` channel, which triggers in the schema notify whenever a
/// cached thing (key, user role, tenant plan, catalogue) changes, and hands each payload to
/// the subscribers. Every instance runs one, so a change made through any instance reaches
/// all of their caches within milliseconds. When the connection drops, notifications may have
/// been missed, so subscribers are told to forget everything before listening resumes. Its
/// connection is named `aihd` like the pool's, and reconnects with a backoff of 0.1 s doubling
/// up to 2 s.
class ChangeListener
{
public:
    using Subscriber = std::function<void(const Change& change)>;

    explicit ChangeListener(std::string url);
    ~ChangeListener();
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    void subscribe(Subscriber subscriber);
    /// Delivers a change made by this instance to its own subscribers at once, without waiting
    /// for the database's notification (which still follows, and reaches the other instances).
    void announceLocally(const Change& change);
    /// Starts listening, and returns once the first connection is up or has failed (at most
    /// a few seconds), so that a fresh instance reports ready only when it hears changes.
    void start();
    void stop();
    /// Whether the listening connection is up: an instance that is not listening may serve from
    /// caches that missed a change (a revoked key), so readiness depends on it.
    bool connected() const { return connected_; }

private:
    void run();
    void deliver(const Change& change);
    void reportFirstAttempt();

    std::string url_;
    std::mutex mutex_;
    std::vector<Subscriber> subscribers_;
    std::atomic<bool> stopping_{false};
    std::atomic<bool> connected_{false};
    std::promise<void> firstAttempt_;
    bool firstAttemptReported_ = false; ///< only the listening thread touches it
    std::thread thread_;
};

} // namespace aih::db
