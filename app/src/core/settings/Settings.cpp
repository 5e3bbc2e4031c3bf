// SPDX-License-Identifier: Apache-2.0
#include "core/settings/Settings.h"

#include <QHash>

namespace aih::console {
namespace {

struct Entry
{
    const char* path;
    QVariant defaultValue;
};

const QHash<Settings::Key, Entry>& table()
{
    static const QHash<Settings::Key, Entry> entries{
        {Settings::Key::Language, {"gui/language", QString()}},
        {Settings::Key::RequestTimeoutSeconds, {"network/request_timeout_seconds", 30}},
        {Settings::Key::Profiles, {"session/profiles", QByteArray("[]")}},
        {Settings::Key::LastProfile, {"session/last_profile", QString()}},
        {Settings::Key::CredentialAccounts, {"session/credential_accounts", QStringList()}},
        {Settings::Key::MainWindowGeometry, {"gui/main_window_geometry", QByteArray()}},
        {Settings::Key::MainWindowState, {"gui/main_window_state", QByteArray()}},
        {Settings::Key::LastPage, {"gui/last_page", QString("dashboard")}},
        {Settings::Key::DashboardPeriod, {"gui/dashboard_period", QString("7d")}},
    };
    return entries;
}

} // namespace

Settings::Settings(const QString& filePath, QObject* parent)
    : QObject(parent), store_(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::pathOf(Key key)
{
    return QString::fromLatin1(table().value(key).path);
}

QVariant Settings::defaultOf(Key key)
{
    return table().value(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return store_->value(pathOf(key), defaultOf(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    store_->setValue(pathOf(key), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    store_->remove(pathOf(key));
    emit changed(key);
}

void Settings::sync()
{
    store_->sync();
}

QString Settings::fileName() const
{
    return store_->fileName();
}

} // namespace aih::console
