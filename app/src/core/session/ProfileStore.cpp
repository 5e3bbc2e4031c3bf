// SPDX-License-Identifier: Apache-2.0
#include "core/session/ProfileStore.h"

#include "core/settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace aih::console {

ProfileStore::ProfileStore(Settings& settings, QObject* parent) : QObject(parent), settings_(settings) {}

QList<ServerProfile> ProfileStore::profiles() const
{
    QList<ServerProfile> out;
    const auto stored =
        QJsonDocument::fromJson(settings_.value(Settings::Key::Profiles).toByteArray()).array();
    for (const auto& value : stored) {
        if (auto profile = ServerProfile::fromJson(value.toObject())) {
            out.append(*profile);
        }
    }
    return out;
}

std::optional<ServerProfile> ProfileStore::find(const QString& id) const
{
    for (const auto& profile : profiles()) {
        if (profile.id() == id) {
            return profile;
        }
    }
    return std::nullopt;
}

void ProfileStore::remember(const ServerProfile& profile)
{
    auto list = profiles();
    list.removeIf([&](const ServerProfile& other) { return other.id() == profile.id(); });
    list.prepend(profile);
    save(list);
    settings_.setValue(Settings::Key::LastProfile, profile.id());
}

void ProfileStore::forget(const QString& id)
{
    auto list = profiles();
    list.removeIf([&](const ServerProfile& other) { return other.id() == id; });
    save(list);
    if (settings_.value(Settings::Key::LastProfile).toString() == id) {
        settings_.reset(Settings::Key::LastProfile);
    }
}

std::optional<ServerProfile> ProfileStore::lastUsed() const
{
    return find(settings_.value(Settings::Key::LastProfile).toString());
}

void ProfileStore::save(const QList<ServerProfile>& profiles)
{
    QJsonArray array;
    for (const auto& profile : profiles) {
        array.append(profile.toJson());
    }
    settings_.setValue(Settings::Key::Profiles, QJsonDocument(array).toJson(QJsonDocument::Compact));
    emit changed();
}

} // namespace aih::console
