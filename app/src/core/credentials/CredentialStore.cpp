// SPDX-License-Identifier: Apache-2.0
#include "core/credentials/CredentialStore.h"

#include "core/settings/Settings.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace aih::console {
namespace {

// The Secret Service on Linux can answer "no backend" for a moment after log-in while the
// keyring daemon is being activated over D-Bus; one retry after a short pause covers that.
constexpr int retryDelayMs = 500;

bool worthRetrying(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

CredentialStore::CredentialStore(Settings& settings, QString service, QObject* parent)
    : QObject(parent), settings_(settings), service_(std::move(service))
{
}

QStringList CredentialStore::accounts() const
{
    return settings_.value(Settings::Key::CredentialAccounts).toStringList();
}

void CredentialStore::remember(const QString& account, bool present)
{
    auto listed = accounts();
    listed.removeAll(account);
    if (present) {
        listed.append(account);
    }
    settings_.setValue(Settings::Key::CredentialAccounts, listed);
}

void CredentialStore::write(const QString& account, const QString& secret, QObject* context, Done done)
{
    if (secret.toUtf8().size() > maxSecretBytes) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done] {
            if (guard) {
                done({false, false, {}, tr("The secret is too large for the system keychain.")});
            }
        });
        return;
    }
    run(Operation::Write, account, secret, context, std::move(done), false);
}

void CredentialStore::read(const QString& account, QObject* context, Done done)
{
    run(Operation::Read, account, {}, context, std::move(done), false);
}

void CredentialStore::remove(const QString& account, QObject* context, Done done)
{
    run(Operation::Remove, account, {}, context, std::move(done), false);
}

void CredentialStore::removeAll(QObject* context, Done done)
{
    const auto listed = accounts();
    if (listed.isEmpty()) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done] {
            if (guard) {
                done({true, false, {}, {}});
            }
        });
        return;
    }
    auto remaining = std::make_shared<qsizetype>(listed.size());
    auto firstError = std::make_shared<CredentialResult>(CredentialResult{true, false, {}, {}});
    for (const auto& account : listed) {
        remove(account, context, [remaining, firstError, done](const CredentialResult& result) {
            if (!result.ok && firstError->ok) {
                *firstError = result;
            }
            if (--*remaining == 0) {
                done(*firstError);
            }
        });
    }
}

void CredentialStore::run(Operation operation, const QString& account, const QString& secret,
                          QObject* context, Done done, bool isRetry)
{
    // Jobs have no parent: the Secret Service answers through callbacks that must find the job
    // alive even if this store is gone by then; each job deletes itself once it has finished.
    QKeychain::Job* job = nullptr;
    if (operation == Operation::Write) {
        auto* writeJob = new QKeychain::WritePasswordJob(service_);
        writeJob->setTextData(secret);
        job = writeJob;
    } else if (operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(service_);
    } else {
        job = new QKeychain::DeletePasswordJob(service_);
    }
    job->setKey(account);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, account, secret, guard, done, isRetry](QKeychain::Job* finished) {
                const auto error = finished->error();
                if (error != QKeychain::NoError && error != QKeychain::EntryNotFound && !isRetry &&
                    worthRetrying(error)) {
                    QTimer::singleShot(retryDelayMs, this,
                                       [=, this] { run(operation, account, secret, guard, done, true); });
                    return;
                }
                CredentialResult result;
                result.notFound = error == QKeychain::EntryNotFound;
                // Removing an entry that is already gone leaves the keychain as asked.
                result.ok =
                    error == QKeychain::NoError || (operation == Operation::Remove && result.notFound);
                if (!result.ok && !result.notFound) {
                    result.error = finished->errorString();
                }
                if (operation == Operation::Read && result.ok) {
                    result.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                }
                if (result.ok && operation != Operation::Read) {
                    remember(account, operation == Operation::Write);
                }
                if (guard) {
                    done(result);
                }
            });
    job->start();
}

} // namespace aih::console
