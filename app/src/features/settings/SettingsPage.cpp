// SPDX-License-Identifier: Apache-2.0
#include "features/settings/SettingsPage.h"

#include "core/ConsoleCore.h"
#include "features/signin/ProfileListModel.h"
#include "gui/MessageBox.h"
#include "gui/StatusBanner.h"
#include "gui/Translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace aih::console {

SettingsPage::SettingsPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "settingsPage", parent), language_(new QComboBox(this)), timeout_(new QSpinBox(this)),
      profiles_(new ProfileListModel(context.core.profiles(), this)), profileList_(new QListView(this))
{
    auto& settings = context.core.settings();
    language_->setObjectName("languageCombo");
    for (const auto& language : Translations::available()) {
        language_->addItem(language.name, language.code);
    }
    language_->setCurrentIndex(std::max(0, language_->findData(settings.value(Settings::Key::Language))));
    connect(language_, &QComboBox::currentIndexChanged, this, [this] {
        context_.core.settings().setValue(Settings::Key::Language, language_->currentData());
        banner()->present(StatusBanner::Kind::Info, tr("The language changes when the console starts next."));
    });
    timeout_->setObjectName("timeoutSpin");
    timeout_->setRange(5, 300);
    timeout_->setSuffix(tr(" s"));
    timeout_->setValue(settings.value(Settings::Key::RequestTimeoutSeconds).toInt());
    connect(timeout_, &QSpinBox::valueChanged, this, [this](int seconds) {
        context_.core.settings().setValue(Settings::Key::RequestTimeoutSeconds, seconds);
    });

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Language"), language_);
    generalForm->addRow(tr("Wait for the server"), timeout_);

    profileList_->setObjectName("profileList");
    profileList_->setModel(profiles_);
    auto* forget = new QPushButton(tr("Forget profile"), this);
    forget->setObjectName("forgetProfileButton");
    connect(forget, &QPushButton::clicked, this, &SettingsPage::forgetSelectedProfile);
    auto* clearCache = new QPushButton(tr("Clear offline data"), this);
    clearCache->setObjectName("clearCacheButton");
    connect(clearCache, &QPushButton::clicked, this, [this] {
        context_.core.cache().clearAll();
        banner()->present(StatusBanner::Kind::Info, tr("Offline data was cleared."));
    });
    auto* saved = new QGroupBox(tr("Saved sign-ins"), this);
    auto* savedLayout = new QVBoxLayout(saved);
    savedLayout->addWidget(profileList_);
    savedLayout->addWidget(forget, 0, Qt::AlignRight);
    savedLayout->addWidget(
        new QLabel(tr("The console keeps the last lists it saw, so they can be read while the "
                      "server is unreachable."),
                   this));
    savedLayout->addWidget(clearCache, 0, Qt::AlignRight);

    content()->addWidget(general);
    content()->addWidget(saved, 1);
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::refresh() {}

void SettingsPage::forgetSelectedProfile()
{
    const auto* profile = profiles_->profileAt(profileList_->currentIndex().row());
    if (!profile) {
        return;
    }
    const auto id = profile->id();
    MessageBox::question(
        this, tr("Forget profile"),
        tr("Forget %1? Its saved sign-in and offline data are removed.").arg(profile->displayName()),
        QMessageBox::Yes, [this, id](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            context_.core.credentialStore().remove(id, this, [this](const CredentialResult& result) {
                if (!result.ok) {
                    banner()->present(StatusBanner::Kind::Error,
                                      tr("The saved sign-in could not be removed from the system "
                                         "keychain: %1")
                                          .arg(result.error));
                }
            });
            context_.core.cache().clearScope(id);
            context_.core.profiles().forget(id);
        });
}

} // namespace aih::console
