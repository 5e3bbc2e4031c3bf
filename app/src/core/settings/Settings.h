// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>
#include <memory>

namespace aih::console {

/// The console's settings with typed keys: every key has one path and one default, declared in
/// one table, so no string key is spelled twice. Secrets never go here (see CredentialStore).
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        Language,
        RequestTimeoutSeconds,
        Profiles,
        LastProfile,
        CredentialAccounts,
        MainWindowGeometry,
        MainWindowState,
        LastPage,
        DashboardPeriod,
    };
    Q_ENUM(Key)

    /// Settings kept in an INI file at `filePath` (created on first write).
    explicit Settings(const QString& filePath, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    void sync();
    QString fileName() const;

    static QString pathOf(Key key);
    static QVariant defaultOf(Key key);

signals:
    void changed(aih::console::Settings::Key key);

private:
    std::unique_ptr<QSettings> store_;
};

} // namespace aih::console
