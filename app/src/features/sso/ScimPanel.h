// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/sso/SsoApi.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace aih::console {

class CopyableField;

/// SCIM provisioning: whether the identity provider has a token, the SCIM base URL to give it,
/// and a new token (shown once; it replaces the old one at once).
class ScimPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ScimPanel(const SsoApi& api, QWidget* parent = nullptr);

    void reload();
    void clear();

signals:
    void failed(const aih::console::ApiProblem& problem);

private:
    void showStatus(const ScimTokenStatus& status);
    void confirmNewToken();
    void createToken();

    const SsoApi& api_;
    ScimTokenStatus status_;
    QLabel* statusLabel_;
    CopyableField* baseUrl_;
    QPushButton* newToken_;
};

} // namespace aih::console
