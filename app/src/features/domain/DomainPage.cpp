// SPDX-License-Identifier: Apache-2.0
#include "features/domain/DomainPage.h"

#include "core/ConsoleCore.h"
#include "gui/CopyableField.h"
#include "gui/Icons.h"
#include "gui/MessageBox.h"
#include "gui/StatusBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace aih::console {
namespace {

QString shortTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

DomainPage::DomainPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "domainPage", parent), api_(context.core.api()), domainEdit_(new QLineEdit(this)),
      save_(new QPushButton(icon("verify"), tr("Save"), this)), recordGroup_(new QGroupBox(this)),
      status_(new QLabel(this)), recordType_(new QLabel(this)),
      recordName_(new CopyableField("recordName", this)),
      recordValue_(new CopyableField("recordValue", this)), check_(new QLabel(this)),
      portal_(new QLabel(this)), verify_(new QPushButton(icon("refresh"), tr("Check DNS now"), this)),
      remove_(new QPushButton(icon("remove"), tr("Remove domain"), this))
{
    content()->addWidget(buildClaim());
    content()->addWidget(buildRecord());
    content()->addStretch(1);
    show(std::nullopt);
}

QWidget* DomainPage::buildClaim()
{
    auto* group = new QGroupBox(tr("Custom domain"), this);
    auto* layout = new QVBoxLayout(group);
    auto* intro =
        new QLabel(tr("Serve your branded portal on a domain of your own, such as portal.example.com. "
                      "Point the domain at the platform (a CNAME record), save it here, and publish "
                      "the TXT record shown below to prove that it is yours."),
                   group);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    domainEdit_->setObjectName("domainEdit");
    domainEdit_->setPlaceholderText(QStringLiteral("portal.example.com"));
    domainEdit_->setMaxLength(253);
    save_->setObjectName("saveDomainButton");
    auto* row = new QHBoxLayout;
    row->addWidget(domainEdit_, 1);
    row->addWidget(save_);
    layout->addLayout(row);
    connect(save_, &QPushButton::clicked, this, &DomainPage::claim);
    connect(domainEdit_, &QLineEdit::returnPressed, this, &DomainPage::claim);
    connect(domainEdit_, &QLineEdit::textChanged, this, &DomainPage::updateSave);
    return group;
}

QWidget* DomainPage::buildRecord()
{
    recordGroup_->setObjectName("domainRecordGroup");
    recordGroup_->setTitle(tr("Proof of ownership"));
    status_->setObjectName("domainStatusLabel");
    status_->setWordWrap(true);
    check_->setObjectName("domainCheckLabel");
    check_->setWordWrap(true);
    portal_->setObjectName("portalLinkLabel");
    portal_->setOpenExternalLinks(true);
    portal_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    recordType_->setObjectName("recordTypeLabel");
    verify_->setObjectName("verifyDomainButton");
    remove_->setObjectName("removeDomainButton");

    auto* layout = new QVBoxLayout(recordGroup_);
    layout->addWidget(status_);
    auto* form = new QFormLayout;
    form->addRow(tr("Type"), recordType_);
    form->addRow(tr("Name"), recordName_);
    form->addRow(tr("Value"), recordValue_);
    layout->addLayout(form);
    layout->addWidget(check_);
    layout->addWidget(portal_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(verify_);
    buttons->addWidget(remove_);
    layout->addLayout(buttons);
    connect(verify_, &QPushButton::clicked, this, &DomainPage::verify);
    connect(remove_, &QPushButton::clicked, this, &DomainPage::remove);
    return recordGroup_;
}

QString DomainPage::title() const
{
    return tr("Domain");
}

bool DomainPage::isAvailableTo(const Session& session) const
{
    return session.user().role == Role::Admin && isIncludedIn(session.tenant());
}

bool DomainPage::isIncludedIn(const Tenant& tenant) const
{
    return tenant.hasFeature("custom_domain");
}

void DomainPage::refresh()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Loading the custom domain…"));
    api_.get().then(
        this,
        [this](const CustomDomain& domain, const Freshness& freshness) {
            banner()->showFreshness(freshness);
            show(domain);
        },
        [this](const ApiProblem& problem) {
            if (problem.isHttp(404)) {
                banner()->showFreshness({});
                show(std::nullopt);
                return;
            }
            banner()->showProblem(problem);
        });
}

void DomainPage::clear()
{
    domainEdit_->clear();
    show(std::nullopt);
    invalidate();
}

void DomainPage::show(const std::optional<CustomDomain>& domain)
{
    domain_ = domain;
    recordGroup_->setVisible(domain.has_value());
    if (!domain) {
        updateSave();
        return;
    }
    domainEdit_->setText(domain->domain);
    updateSave();
    if (domain->isVerified()) {
        status_->setText(
            tr("<b>%1</b> is verified and serves your portal.").arg(domain->domain.toHtmlEscaped()));
        portal_->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(domain->portalUrl.toHtmlEscaped(), domain->portalUrl.toHtmlEscaped()));
    } else {
        status_->setText(
            tr("<b>%1</b> is waiting for its proof: add this record at your DNS provider, then check.")
                .arg(domain->domain.toHtmlEscaped()));
        portal_->clear();
    }
    recordType_->setText(domain->recordType);
    recordName_->setText(domain->recordName);
    recordValue_->setText(domain->recordValue);
    QString checked;
    if (domain->verifiedAt.isValid()) {
        checked = tr("Verified %1.").arg(shortTime(domain->verifiedAt));
    } else if (domain->checkedAt.isValid()) {
        checked =
            tr("Last checked %1: %2")
                .arg(shortTime(domain->checkedAt),
                     domain->lastError.isEmpty() ? tr("the record was not found yet.") : domain->lastError);
    } else {
        checked = tr("Not checked yet. DNS changes can take a while to be seen.");
    }
    check_->setText(checked);
    verify_->setVisible(!domain->isVerified());
}

void DomainPage::claim()
{
    const auto wanted = domainEdit_->text().trimmed().toLower();
    if (!save_->isEnabled() || wanted.isEmpty()) {
        return; // unchanged, or a claim is on its way
    }
    const auto send = [this, wanted] {
        save_->setEnabled(false);
        api_.claim(wanted).then(
            this,
            [this](const CustomDomain& domain) {
                banner()->present(StatusBanner::Kind::Info,
                                  tr("Saved. Publish the TXT record below, then check DNS."));
                show(domain);
            },
            [this](const ApiProblem& problem) { failed(problem); });
    };
    if (!domain_ || !domain_->isVerified()) {
        send();
        return;
    }
    MessageBox::question(this, tr("Replace custom domain"),
                         tr("%1 serves your portal now. Replace it with %2? The portal stops answering on %1 "
                            "until the new domain is verified.")
                             .arg(domain_->domain, wanted),
                         QMessageBox::Yes, [send](QMessageBox::StandardButton answer) {
                             if (answer == QMessageBox::Yes) {
                                 send();
                             }
                         });
}

void DomainPage::verify()
{
    verify_->setEnabled(false);
    banner()->present(StatusBanner::Kind::Busy, tr("Looking the TXT record up…"));
    api_.verify().then(
        this,
        [this](const CustomDomain& domain) {
            verify_->setEnabled(true);
            banner()->present(StatusBanner::Kind::Info, tr("Verified: the domain serves your portal."));
            show(domain);
        },
        [this](const ApiProblem& problem) {
            // Not proven (or not looked up): the problem says why, and the server noted when it
            // looked and what it found, which the page shows under it.
            verify_->setEnabled(true);
            failed(problem);
            api_.get().then(
                this, [this](const CustomDomain& domain, const Freshness&) { show(domain); },
                [](const ApiProblem&) {});
        });
}

void DomainPage::remove()
{
    if (!domain_) {
        return;
    }
    MessageBox::question(
        this, tr("Remove custom domain"),
        tr("Stop serving the portal on %1 and forget it? Its TXT record can go too.").arg(domain_->domain),
        QMessageBox::Yes, [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes) {
                return;
            }
            api_.remove().then(
                this,
                [this](const Done&) {
                    domainEdit_->clear();
                    banner()->present(StatusBanner::Kind::Info, tr("The custom domain is removed."));
                    show(std::nullopt);
                },
                [this](const ApiProblem& problem) { failed(problem); });
        });
}

void DomainPage::failed(const ApiProblem& problem)
{
    updateSave();
    banner()->showProblem(problem);
}

void DomainPage::updateSave()
{
    const auto wanted = domainEdit_->text().trimmed().toLower();
    save_->setEnabled(!wanted.isEmpty() && (!domain_ || wanted != domain_->domain));
}

} // namespace aih::console
