// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/sso/SsoApi.h"

#include <QGroupBox>

class QLineEdit;
class QPushButton;
class QTableView;

namespace aih::console {

class CopyableField;
class SsoDomainTableModel;

/// The email domains claimed for single sign-on: claim one, publish its TXT record (copyable),
/// verify it, or give it up. A verified domain sends its addresses' sign-ins to this tenant.
class DomainsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit DomainsPanel(const SsoApi& api, QWidget* parent = nullptr);

    void reload();
    void clear();
    SsoDomainTableModel* model() const { return model_; }

signals:
    /// Something changed on the server or went wrong; for the page's banner.
    void done(const QString& message);
    void failed(const aih::console::ApiProblem& problem);

private:
    const SsoDomain* selected() const;
    void showSelected();
    void claim();
    void verify();
    void remove();

    const SsoApi& api_;
    SsoDomainTableModel* model_;
    QTableView* view_;
    QLineEdit* domain_;
    QPushButton* claim_;
    QPushButton* verify_;
    QPushButton* remove_;
    CopyableField* recordName_;
    CopyableField* recordValue_;
};

} // namespace aih::console
