// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

namespace aih::console {

class Settings;

struct CredentialResult
{
    bool ok = false;
    /// The keychain has no entry for the account (not an error when resuming a session).
    bool notFound = false;
    QString secret;
    QString error;
};

/// Secrets (refresh tokens) in the system keychain through QtKeychain, one entry per account
/// (server, tenant and email). Never falls back to plain-text storage: without a keychain the
/// console simply does not remember sign-ins. The account names (not the secrets) are listed
/// in the settings so sign-out everywhere can remove every entry.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CredentialResult&)>;
    /// Windows limits an entry to 2,560 bytes; refresh tokens are far below this.
    static constexpr int maxSecretBytes = 1024;

    CredentialStore(Settings& settings, QString service, QObject* parent = nullptr);

    void write(const QString& account, const QString& secret, QObject* context, Done done);
    void read(const QString& account, QObject* context, Done done);
    void remove(const QString& account, QObject* context, Done done);
    /// Removes every entry this console has written; `done` gets the first error, if any.
    void removeAll(QObject* context, Done done);

    QStringList accounts() const;

private:
    enum class Operation
    {
        Write,
        Read,
        Remove
    };
    void run(Operation operation, const QString& account, const QString& secret, QObject* context, Done done,
             bool isRetry);
    void remember(const QString& account, bool present);

    Settings& settings_;
    QString service_;
};

} // namespace aih::console
