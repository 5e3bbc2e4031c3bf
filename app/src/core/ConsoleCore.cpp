// SPDX-License-Identifier: Apache-2.0
#include "core/ConsoleCore.h"

namespace aih::console {

ConsoleCore::ConsoleCore(const CorePaths& paths)
    : settings_(paths.settingsFile), cache_(paths.cacheFile, clock_), network_(credentials_),
      credentialStore_(settings_, paths.keychainService), profiles_(settings_),
      api_(network_, credentials_, &cache_), session_(api_, credentials_, credentialStore_, cache_)
{
    applyTimeout();
    QObject::connect(&settings_, &Settings::changed, &settings_, [this](Settings::Key key) {
        if (key == Settings::Key::RequestTimeoutSeconds) {
            applyTimeout();
        }
    });
}

void ConsoleCore::applyTimeout()
{
    const int seconds = std::clamp(settings_.value(Settings::Key::RequestTimeoutSeconds).toInt(), 5, 300);
    api_.setTimeout(std::chrono::seconds(seconds));
}

} // namespace aih::console
