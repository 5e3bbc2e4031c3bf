// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace aih::console {

class Clock;

struct CachedResponse
{
    QByteArray body;
    QDateTime fetchedAt;
};

/// The last-seen response of each cacheable request, per account, in SQLite: what the console
/// shows (marked stale) while the server cannot be reached. The file is readable by its owner
/// only; it holds tenant data but never tokens or key secrets.
class OfflineCache
{
public:
    OfflineCache(const QString& databasePath, const Clock& clock);
    ~OfflineCache();
    OfflineCache(const OfflineCache&) = delete;
    OfflineCache& operator=(const OfflineCache&) = delete;

    /// False when the database could not be opened; the console then works without a cache.
    bool isOpen() const { return open_; }
    QString error() const { return error_; }

    void store(const QString& scope, const QString& key, const QByteArray& body);
    std::optional<CachedResponse> load(const QString& scope, const QString& key) const;
    void clearScope(const QString& scope);
    void clearAll();

private:
    bool migrate();

    const Clock& clock_;
    QString connectionName_;
    bool open_ = false;
    QString error_;
};

} // namespace aih::console
