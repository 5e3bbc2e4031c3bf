// SPDX-License-Identifier: Apache-2.0
#include "ConsoleHarness.h"

#include <QSignalSpy>

namespace aih::test {
namespace {

console::CorePaths pathsIn(const QTemporaryDir& dir)
{
    return {dir.filePath("settings.ini"), dir.filePath("offline-cache.sqlite"), "aih-console-test"};
}

} // namespace

ConsoleHarness::ConsoleHarness()
    : dir_(std::make_shared<QTemporaryDir>()), core_(std::make_unique<console::ConsoleCore>(pathsIn(*dir_)))
{
}

ConsoleHarness::ConsoleHarness(const ConsoleHarness& previousRun, int)
    : dir_(previousRun.dir_), core_(std::make_unique<console::ConsoleCore>(pathsIn(*dir_)))
{
}

console::ServerProfile ConsoleHarness::profile(unsigned short port, const QString& tenant,
                                               const QString& email)
{
    return {{}, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), tenant, email};
}

bool ConsoleHarness::signIn(const console::ServerProfile& profile, const QString& password, bool remember)
{
    auto& session = core_->session();
    QSignalSpy signedIn(&session, &console::Session::signedIn);
    QSignalSpy failed(&session, &console::Session::signInFailed);
    session.signIn(profile, password, remember);
    (void)QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000);
    if (!failed.isEmpty()) {
        qWarning("sign-in failed: %s",
                 qPrintable(failed.first().first().value<console::ApiProblem>().message()));
    }
    return !signedIn.isEmpty();
}

console::CredentialResult
awaitCredential(const std::function<void(QObject*, console::CredentialStore::Done)>& operation)
{
    QObject context;
    std::optional<console::CredentialResult> result;
    operation(&context, [&result](const console::CredentialResult& done) { result = done; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(console::CredentialResult{false, false, {}, QStringLiteral("timed out")});
}

} // namespace aih::test
