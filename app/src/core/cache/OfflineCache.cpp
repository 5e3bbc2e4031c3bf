// SPDX-License-Identifier: Apache-2.0
#include "core/cache/OfflineCache.h"

#include "core/platform/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace aih::console {
namespace {

constexpr int schemaVersion = 1;

} // namespace

OfflineCache::OfflineCache(const QString& databasePath, const Clock& clock)
    : clock_(clock), connectionName_("aih-offline-cache-" + QUuid::createUuid().toString(QUuid::Id128))
{
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    auto db = QSqlDatabase::addDatabase("QSQLITE", connectionName_);
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        error_ = db.lastError().text();
        return;
    }
    QFile::setPermissions(databasePath, QFile::ReadOwner | QFile::WriteOwner);
    open_ = migrate();
}

OfflineCache::~OfflineCache()
{
    {
        auto db = QSqlDatabase::database(connectionName_, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName_);
}

bool OfflineCache::migrate()
{
    auto db = QSqlDatabase::database(connectionName_);
    QSqlQuery query(db);
    if (!query.exec("PRAGMA user_version") || !query.next()) {
        error_ = query.lastError().text();
        return false;
    }
    const int version = query.value(0).toInt();
    if (version == schemaVersion) {
        return true;
    }
    // A cache is disposable: an unknown layout is dropped rather than migrated.
    const bool ok =
        query.exec("DROP TABLE IF EXISTS responses") &&
        query.exec("CREATE TABLE responses (scope TEXT NOT NULL, key TEXT NOT NULL, body BLOB NOT NULL, "
                   "fetched_at INTEGER NOT NULL, PRIMARY KEY (scope, key))") &&
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion));
    if (!ok) {
        error_ = query.lastError().text();
    }
    return ok;
}

void OfflineCache::store(const QString& scope, const QString& key, const QByteArray& body)
{
    if (!open_) {
        return;
    }
    QSqlQuery query(QSqlDatabase::database(connectionName_));
    query.prepare(
        "INSERT INTO responses (scope, key, body, fetched_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (scope, key) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at");
    query.addBindValue(scope);
    query.addBindValue(key);
    query.addBindValue(body);
    query.addBindValue(clock_.now().toMSecsSinceEpoch());
    if (!query.exec()) {
        qWarning("offline cache: storing %s failed: %s", qPrintable(key),
                 qPrintable(query.lastError().text()));
    }
}

std::optional<CachedResponse> OfflineCache::load(const QString& scope, const QString& key) const
{
    if (!open_) {
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(connectionName_));
    query.prepare("SELECT body, fetched_at FROM responses WHERE scope = ? AND key = ?");
    query.addBindValue(scope);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return CachedResponse{query.value(0).toByteArray(),
                          QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)};
}

void OfflineCache::clearScope(const QString& scope)
{
    if (!open_) {
        return;
    }
    QSqlQuery query(QSqlDatabase::database(connectionName_));
    query.prepare("DELETE FROM responses WHERE scope = ?");
    query.addBindValue(scope);
    query.exec();
}

void OfflineCache::clearAll()
{
    if (open_) {
        QSqlQuery(QSqlDatabase::database(connectionName_)).exec("DELETE FROM responses");
    }
}

} // namespace aih::console
