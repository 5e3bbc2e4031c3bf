// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/domain/DomainApi.h"
#include "gui/Page.h"

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace aih::console {

class CopyableField;

/// The tenant's custom domain (admins, plan feature custom_domain): set it, see the DNS TXT
/// record that proves it and whether the server found it, check again, remove it. Verified, the
/// domain serves the tenant's branded portal.
class DomainPage : public Page
{
    Q_OBJECT

public:
    explicit DomainPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("globe"); }
    bool isAvailableTo(const Session& session) const override;
    bool isIncludedIn(const Tenant& tenant) const override;
    void refresh() override;
    void clear() override;

private:
    QWidget* buildClaim();
    QWidget* buildRecord();
    void show(const std::optional<CustomDomain>& domain);
    void claim();
    void verify();
    void remove();
    void failed(const ApiProblem& problem);
    /// Save wakes for a domain other than the one set.
    void updateSave();

    DomainApi api_;
    std::optional<CustomDomain> domain_;
    QLineEdit* domainEdit_;
    QPushButton* save_;
    QGroupBox* recordGroup_;
    QLabel* status_;
    QLabel* recordType_;
    CopyableField* recordName_;
    CopyableField* recordValue_;
    QLabel* check_;
    QLabel* portal_;
    QPushButton* verify_;
    QPushButton* remove_;
};

} // namespace aih::console
