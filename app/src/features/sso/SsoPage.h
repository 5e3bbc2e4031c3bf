// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/sso/SsoApi.h"
#include "features/users/UsersApi.h"
#include "gui/Page.h"

#include <optional>

class QFormLayout;
class QTableView;
class QToolButton;

namespace aih::console {

class CopyableField;
class DomainsPanel;
class ScimPanel;
class SsoConnectionTableModel;

/// Single sign-on, for the tenant's admins on a plan that has it: the connections to identity
/// providers (the redirect URI to register there, a test through the browser), the email
/// domains whose addresses are sent to them, and SCIM provisioning.
class SsoPage : public Page
{
    Q_OBJECT

public:
    explicit SsoPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("sso"); }
    bool isAvailableTo(const Session& session) const override;
    bool isIncludedIn(const Tenant& tenant) const override;
    void refresh() override;
    void clear() override;

    SsoConnectionTableModel* connections() const { return model_; }
    DomainsPanel* domains() const { return domains_; }

private:
    QWidget* buildConnections();
    const SsoConnection* selectedConnection() const;
    void selectConnection(const QString& id);
    void showSelected();
    void openDialog(const std::optional<SsoConnection>& existing);
    void testSelected();
    void removeSelected();

    SsoApi api_;
    UsersApi users_;
    QList<User> admins_;
    SsoConnectionTableModel* model_;
    QTableView* view_;
    QToolButton* create_;
    QToolButton* edit_;
    QToolButton* test_;
    QToolButton* remove_;
    CopyableField* redirectUri_;
    /// The OpenID discovery URL, or a SAML connection's entity id and metadata URL.
    CopyableField* providerUrl_;
    QFormLayout* urls_;
    DomainsPanel* domains_;
    ScimPanel* scim_;
};

} // namespace aih::console
