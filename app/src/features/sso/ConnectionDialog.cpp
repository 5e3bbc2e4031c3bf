// SPDX-License-Identifier: Apache-2.0
#include "features/sso/ConnectionDialog.h"

#include "features/sso/RoleMapEditor.h"
#include "features/users/UserTableModel.h"
#include "gui/CopyableField.h"
#include "gui/FormLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>

namespace aih::console {

ConnectionDialog::ConnectionDialog(const QList<User>& admins, const std::optional<SsoConnection>& existing,
                                   QWidget* parent)
    : QDialog(parent), existing_(existing), form_(new QFormLayout(this)), protocol_(new QComboBox(this)),
      idpMetadata_(new QPlainTextEdit(this)), name_(new QLineEdit(this)), issuer_(new QLineEdit(this)),
      clientId_(new QLineEdit(this)), secret_(new QLineEdit(this)),
      removeSecret_(new QCheckBox(tr("Remove the stored secret (a public client)"), this)),
      scopes_(new QLineEdit(this)), groupsClaim_(new QLineEdit(this)), roleMap_(new RoleMapEditor(this)),
      defaultRole_(new QComboBox(this)),
      enabled_(new QCheckBox(tr("Members can sign in through this connection"), this)),
      requireSso_(new QCheckBox(tr("Require single sign-on for addresses in the verified domains"), this)),
      breakGlass_(new QComboBox(this)), warning_(new QLabel(this)), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName("connectionDialog");
    setWindowTitle(existing ? tr("Edit connection") : tr("New connection"));
    protocol_->setObjectName("protocolCombo");
    protocol_->addItem(tr("OpenID Connect"), QStringLiteral("oidc"));
    protocol_->addItem(tr("SAML 2.0"), QStringLiteral("saml"));
    protocol_->setEnabled(!existing);
    protocol_->setToolTip(existing ? tr("A connection keeps its protocol; add a new one to change it.")
                                   : QString());
    idpMetadata_->setObjectName("idpMetadataEdit");
    idpMetadata_->setPlaceholderText(
        tr("Paste the identity provider's SAML metadata (XML), as Okta, Entra ID "
           "or Google Workspace offer it for download."));
    idpMetadata_->setTabChangesFocus(true);
    idpMetadata_->setMinimumHeight(120);
    name_->setObjectName("nameEdit");
    name_->setMaxLength(100);
    issuer_->setObjectName("issuerEdit");
    issuer_->setPlaceholderText("https://login.example.com");
    clientId_->setObjectName("clientIdEdit");
    clientId_->setMaxLength(255);
    secret_->setObjectName("clientSecretEdit");
    secret_->setEchoMode(QLineEdit::Password);
    secret_->setMaxLength(512);
    removeSecret_->setObjectName("removeSecretCheck");
    scopes_->setObjectName("scopesEdit");
    groupsClaim_->setObjectName("groupsClaimEdit");
    defaultRole_->setObjectName("defaultRoleCombo");
    for (const auto role : {Role::User, Role::Manager, Role::Admin}) {
        defaultRole_->addItem(roleTitle(role), roleText(role));
    }
    defaultRole_->setToolTip(tr("The role of a member none of whose groups is mapped, and of new accounts "
                                "when no group is."));
    enabled_->setObjectName("enabledCheck");
    requireSso_->setObjectName("requireSsoCheck");
    requireSso_->setToolTip(tr("Password sign-in is refused for these addresses, except for the break-glass "
                               "admin."));
    breakGlass_->setObjectName("breakGlassCombo");
    fillBreakGlass(admins);
    warning_->setObjectName("breakGlassWarningLabel");
    warning_->setWordWrap(true);
    warning_->setStyleSheet("color: #b45309");
    warning_->setText(tr("Without a break-glass admin nobody in the verified domains can sign in with a "
                         "password; if the identity provider fails, the tenant is locked out."));
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    // Its own button, not the standard Ok: a language change would reset that one's text to "OK".
    save_ = buttons_->addButton(existing ? tr("Save") : tr("Add connection"), QDialogButtonBox::AcceptRole);
    save_->setObjectName("saveButton");

    auto* form = form_;
    form->addRow(tr("Protocol"), protocol_);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Identity provider metadata"), idpMetadata_);
    form->addRow(tr("Issuer"), issuer_);
    form->addRow(tr("Client ID"), clientId_);
    form->addRow(tr("Client secret"), secret_);
    form->addRow(QString(), removeSecret_);
    form->addRow(tr("Scopes"), scopes_);
    form->addRow(tr("Groups claim"), groupsClaim_);
    form->addRow(tr("Group roles"), roleMap_);
    form->addRow(tr("Default role"), defaultRole_);
    form->addRow(QString(), enabled_);
    form->addRow(QString(), requireSso_);
    form->addRow(tr("Break-glass admin"), breakGlass_);
    form->addRow(warning_);
    if (existing && existing->isSaml()) {
        auto* acs = new CopyableField("dialogRedirectUri", this);
        acs->setText(existing->redirectUri);
        form->addRow(tr("ACS URL"), acs);
        auto* metadata = new CopyableField("dialogMetadataUrl", this);
        metadata->setText(existing->metadataUrl);
        form->addRow(tr("Entity ID and metadata URL"), metadata);
    } else if (existing) {
        auto* redirect = new CopyableField("dialogRedirectUri", this);
        redirect->setText(existing->redirectUri);
        form->addRow(tr("Redirect URI"), redirect);
        auto* discovery = new CopyableField("dialogDiscoveryUrl", this);
        discovery->setText(existing->discoveryUrl);
        form->addRow(tr("Discovery URL"), discovery);
    }
    form->addRow(error_);
    form->addRow(buttons_);
    setMinimumWidth(560);

    fill(existing.value_or(SsoConnection()));
    for (auto* edit : {name_, issuer_, clientId_, scopes_, groupsClaim_}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    }
    connect(idpMetadata_, &QPlainTextEdit::textChanged, this, &ConnectionDialog::validate);
    connect(protocol_, &QComboBox::currentIndexChanged, this, [this] {
        showProtocolRows();
        validate();
    });
    connect(removeSecret_, &QCheckBox::toggled, this, &ConnectionDialog::validate);
    connect(requireSso_, &QCheckBox::toggled, this, &ConnectionDialog::validate);
    connect(breakGlass_, &QComboBox::currentIndexChanged, this, &ConnectionDialog::validate);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] { emit submitted(draft()); });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showProtocolRows();
    validate();
}

bool ConnectionDialog::isSaml() const
{
    return protocol_->currentData().toString() == QLatin1String("saml");
}

void ConnectionDialog::showProtocolRows()
{
    const bool saml = isSaml();
    form_->setRowVisible(idpMetadata_, saml);
    for (QWidget* oidcOnly : std::initializer_list<QWidget*>{issuer_, clientId_, secret_, scopes_}) {
        form_->setRowVisible(oidcOnly, !saml);
    }
    form_->setRowVisible(removeSecret_, !saml && secretStored());
    setFieldLabel(form_, groupsClaim_, saml ? tr("Groups attribute") : tr("Groups claim"));
    setMinimumWidth(saml ? 640 : 560);
}

void ConnectionDialog::fill(const SsoConnection& connection)
{
    const auto draft = existing_ ? SsoConnectionDraft::of(connection) : SsoConnectionDraft();
    protocol_->setCurrentIndex(protocol_->findData(draft.protocol));
    idpMetadata_->setPlainText(draft.idpMetadata);
    name_->setText(draft.name);
    issuer_->setText(draft.issuer);
    clientId_->setText(draft.clientId);
    secret_->setPlaceholderText(!existing_                   ? tr("None: a public client, protected by PKCE")
                                : connection.clientSecretSet ? tr("Unchanged (a secret is stored)")
                                                             : tr("None (a public client)"));
    scopes_->setText(draft.scopes);
    groupsClaim_->setText(draft.groupsClaim);
    roleMap_->setMap(draft.roleMap);
    defaultRole_->setCurrentIndex(defaultRole_->findData(roleText(draft.defaultRole)));
    enabled_->setChecked(draft.enabled);
    requireSso_->setChecked(draft.requireSso);
    const int breakGlass = breakGlass_->findData(draft.breakGlassUserId);
    if (breakGlass < 0) {
        // Someone who is no longer an active admin: shown, so saving does not drop them unseen.
        breakGlass_->addItem(tr("Not an active admin (%1)").arg(draft.breakGlassUserId),
                             draft.breakGlassUserId);
    }
    breakGlass_->setCurrentIndex(breakGlass_->findData(draft.breakGlassUserId));
}

void ConnectionDialog::fillBreakGlass(const QList<User>& admins)
{
    breakGlass_->addItem(tr("None"), QString());
    for (const auto& admin : admins) {
        breakGlass_->addItem(admin.name.isEmpty() ? admin.email
                                                  : QStringLiteral("%1 <%2>").arg(admin.name, admin.email),
                             admin.id);
    }
}

bool ConnectionDialog::secretStored() const
{
    return existing_ && existing_->clientSecretSet;
}

SsoConnectionDraft ConnectionDialog::draft() const
{
    SsoConnectionDraft draft;
    draft.protocol = protocol_->currentData().toString();
    draft.idpMetadata = idpMetadata_->toPlainText().trimmed();
    draft.name = name_->text().trimmed();
    draft.issuer = issuer_->text().trimmed();
    draft.clientId = clientId_->text().trimmed();
    if (secretStored() && removeSecret_->isChecked()) {
        draft.secret = SsoConnectionDraft::Secret::Remove;
    } else if (!secret_->text().isEmpty()) {
        draft.secret = SsoConnectionDraft::Secret::Replace;
        draft.clientSecret = secret_->text();
    }
    draft.scopes = scopes_->text().simplified();
    draft.groupsClaim = groupsClaim_->text().trimmed();
    draft.roleMap = roleMap_->map();
    draft.defaultRole = roleFromText(defaultRole_->currentData().toString()).value_or(Role::User);
    draft.enabled = enabled_->isChecked();
    draft.requireSso = requireSso_->isChecked();
    draft.breakGlassUserId = breakGlass_->currentData().toString();
    return draft;
}

void ConnectionDialog::validate()
{
    secret_->setEnabled(!(secretStored() && removeSecret_->isChecked()));
    const auto current = draft();
    warning_->setVisible(current.requireSso && current.breakGlassUserId.isEmpty());
    const QUrl issuer(current.issuer, QUrl::StrictMode);
    const bool issuerOk = issuer.isValid() && !issuer.host().isEmpty() &&
                          (issuer.scheme() == "https" || issuer.scheme() == "http");
    const bool providerOk =
        isSaml() ? current.idpMetadata.startsWith('<')
                 : issuerOk && !current.clientId.isEmpty() && current.scopes.split(' ').contains("openid");
    const bool complete = !current.name.isEmpty() && providerOk && !current.groupsClaim.isEmpty();
    save_->setEnabled(complete);
}

void ConnectionDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->show();
}

void ConnectionDialog::setBusy(bool busy)
{
    save_->setEnabled(!busy);
}

} // namespace aih::console
