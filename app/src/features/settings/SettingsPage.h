// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gui/Page.h"

class QComboBox;
class QListView;
class QSpinBox;

namespace aih::console {

class ProfileListModel;

/// The console's own settings: language, network timeout, saved profiles, offline cache.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("settings"); }
    bool servesOperators() const override { return true; }
    void refresh() override;

private:
    void forgetSelectedProfile();

    QComboBox* language_;
    QSpinBox* timeout_;
    ProfileListModel* profiles_;
    QListView* profileList_;
};

} // namespace aih::console
