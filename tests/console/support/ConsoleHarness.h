// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ConsoleCore.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <optional>

namespace aih::test {

/// A console core wired exactly as in production, its settings and cache in a temporary
/// folder and its tokens in the (private) keyring, for tests to drive against a real aihd.
class ConsoleHarness
{
public:
    ConsoleHarness();
    /// A second console on the same folder and keychain, as on the next run of the program.
    explicit ConsoleHarness(const ConsoleHarness& previousRun, int);

    console::ConsoleCore& core() { return *core_; }
    QString directory() const { return dir_->path(); }

    static console::ServerProfile profile(unsigned short port, const QString& tenant, const QString& email);
    /// Signs in and waits for the outcome; false with the problem logged when it failed.
    bool signIn(const console::ServerProfile& profile, const QString& password, bool remember = false);

private:
    std::shared_ptr<QTemporaryDir> dir_;
    std::unique_ptr<console::ConsoleCore> core_;
};

/// What a Pending call ended with, once it has.
template <typename T> struct Outcome
{
    std::optional<T> value;
    console::Freshness freshness;
    std::optional<console::ApiProblem> problem;
    bool finished = false;
};

/// Starts the call and spins the event loop until it answers (or the time is up).
template <typename T> Outcome<T> await(console::Pending<T> pending, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome<T>>();
    QObject context;
    pending.then(
        &context,
        [outcome](const T& value, const console::Freshness& freshness) {
            outcome->value = value;
            outcome->freshness = freshness;
            outcome->finished = true;
        },
        [outcome](const console::ApiProblem& problem) {
            outcome->problem = problem;
            outcome->finished = true;
        });
    (void)QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

/// Runs an async keychain operation to its end.
console::CredentialResult
awaitCredential(const std::function<void(QObject*, console::CredentialStore::Done)>& operation);

} // namespace aih::test
