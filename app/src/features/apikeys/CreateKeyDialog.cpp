// SPDX-License-Identifier: Apache-2.0
#include "features/apikeys/CreateKeyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace aih::console {

CreateKeyDialog::CreateKeyDialog(int planRateLimit, bool mayHoldAdminScope, QWidget* parent)
    : QDialog(parent), name_(new QLineEdit(this)), read_(new QCheckBox(tr("read"), this)),
      write_(new QCheckBox(tr("write"), this)), admin_(new QCheckBox(tr("admin"), this)),
      rateLimit_(new QSpinBox(this)), burstLimit_(new QSpinBox(this)),
      expires_(new QCheckBox(tr("Expires on"), this)), expiresAt_(new QDateTimeEdit(this)),
      mode_(new QComboBox(this)), networks_(new QLineEdit(this)), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("createKeyDialog");
    setWindowTitle(tr("New API key"));
    name_->setObjectName("keyNameEdit");
    name_->setMaxLength(100);
    read_->setObjectName("readScopeCheck");
    write_->setObjectName("writeScopeCheck");
    admin_->setObjectName("adminScopeCheck");
    read_->setChecked(true);
    admin_->setEnabled(mayHoldAdminScope);
    if (!mayHoldAdminScope) {
        admin_->setToolTip(tr("Only admins and managers can hold keys with the admin scope."));
    }
    rateLimit_->setObjectName("rateLimitSpin");
    rateLimit_->setRange(0, std::max(planRateLimit, 1));
    rateLimit_->setSpecialValueText(tr("Plan limit (%1 per hour)").arg(planRateLimit));
    rateLimit_->setSuffix(tr(" per hour"));
    burstLimit_->setObjectName("burstLimitSpin");
    burstLimit_->setRange(0, 100'000);
    burstLimit_->setSpecialValueText(tr("No burst limit"));
    burstLimit_->setSuffix(tr(" per second"));
    burstLimit_->setToolTip(tr("Calls beyond this many in a second are refused with 429, on each server."));
    expires_->setObjectName("expiresCheck");
    expiresAt_->setObjectName("expiresAtEdit");
    expiresAt_->setCalendarPopup(true);
    expiresAt_->setMinimumDateTime(QDateTime::currentDateTime().addSecs(3600));
    expiresAt_->setDateTime(QDateTime::currentDateTime().addDays(90));
    expiresAt_->setEnabled(false);
    mode_->setObjectName("modeCombo");
    mode_->addItem(tr("Live"), "live");
    mode_->addItem(tr("Test"), "test");
    networks_->setObjectName("allowedIpsEdit");
    networks_->setPlaceholderText(tr("Anywhere, or CIDR blocks: 203.0.113.0/24, 2001:db8::/32"));
    networks_->setToolTip(tr("Requests with the key from any other address are refused. Up to 32 blocks, "
                             "separated by commas or spaces."));
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    buttons_->button(QDialogButtonBox::Ok)->setObjectName("createButton");
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Create key"));

    auto* scopes = new QHBoxLayout;
    scopes->addWidget(read_);
    scopes->addWidget(write_);
    scopes->addWidget(admin_);
    auto* expiry = new QHBoxLayout;
    expiry->addWidget(expires_);
    expiry->addWidget(expiresAt_, 1);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Scopes"), scopes);
    form->addRow(tr("Rate limit"), rateLimit_);
    form->addRow(tr("Burst limit"), burstLimit_);
    form->addRow(tr("Expiry"), expiry);
    form->addRow(tr("Mode"), mode_);
    form->addRow(tr("Allowed networks"), networks_);
    form->addRow(error_);
    form->addRow(buttons_);

    connect(expires_, &QCheckBox::toggled, expiresAt_, &QWidget::setEnabled);
    for (auto* box : {read_, write_, admin_}) {
        connect(box, &QCheckBox::toggled, this, &CreateKeyDialog::validate);
    }
    connect(name_, &QLineEdit::textChanged, this, &CreateKeyDialog::validate);
    connect(networks_, &QLineEdit::textChanged, this, &CreateKeyDialog::validate);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] { emit submitted(newKey()); });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

NewApiKey CreateKeyDialog::newKey() const
{
    NewApiKey key;
    key.name = name_->text().trimmed();
    key.scopes.clear();
    const std::pair<QCheckBox*, const char*> scopes[] = {
        {read_, "read"}, {write_, "write"}, {admin_, "admin"}};
    for (const auto& [box, scope] : scopes) {
        if (box->isChecked()) {
            key.scopes << QString::fromLatin1(scope);
        }
    }
    key.rateLimit = rateLimit_->value();
    key.burstLimit = burstLimit_->value();
    key.expiresAt = expires_->isChecked() ? expiresAt_->dateTime().toUTC() : QDateTime();
    key.mode = mode_->currentData().toString();
    key.allowedIps = networks_->text().split(QRegularExpression("[,\\s]+"), Qt::SkipEmptyParts);
    return key;
}

void CreateKeyDialog::validate()
{
    const auto key = newKey();
    // The server checks the blocks too; this only says early which one is wrong.
    QString badNetwork;
    for (const auto& block : key.allowedIps) {
        if (QHostAddress::parseSubnet(block).second < 0) {
            badNetwork = block;
            break;
        }
    }
    const bool networksValid = badNetwork.isEmpty() && key.allowedIps.size() <= 32;
    if (!networksValid) {
        showError(badNetwork.isEmpty()
                      ? tr("At most 32 networks.")
                      : tr("%1 is not a network; write it as 203.0.113.0/24.").arg(badNetwork));
    } else {
        error_->hide();
    }
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(!key.name.isEmpty() && !key.scopes.isEmpty() && networksValid);
}

void CreateKeyDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->setVisible(true);
}

void CreateKeyDialog::setBusy(bool busy)
{
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace aih::console
