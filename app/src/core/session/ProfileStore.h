// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/session/ServerProfile.h"

#include <QList>
#include <QObject>
#include <optional>

namespace aih::console {

class Settings;

/// The saved server profiles, most recently used first, kept in the settings.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(Settings& settings, QObject* parent = nullptr);

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> find(const QString& id) const;
    /// Saves the profile (replacing one with the same id) as the most recent.
    void remember(const ServerProfile& profile);
    void forget(const QString& id);
    std::optional<ServerProfile> lastUsed() const;

signals:
    void changed();

private:
    void save(const QList<ServerProfile>& profiles);

    Settings& settings_;
};

} // namespace aih::console
