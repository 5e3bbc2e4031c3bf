// SPDX-License-Identifier: Apache-2.0
#include "features/webhooks/EndpointDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace aih::console {

EndpointDialog::EndpointDialog(const std::optional<WebhookEndpoint>& existing, QWidget* parent)
    : QDialog(parent), url_(new QLineEdit(this)), description_(new QLineEdit(this)),
      everything_(new QCheckBox(tr("Every event, including types added later"), this)),
      error_(new QLabel(this)), save_(new QPushButton(existing ? tr("Save") : tr("Add endpoint"), this))
{
    setObjectName("endpointDialog");
    setWindowTitle(existing ? tr("Edit webhook endpoint") : tr("New webhook endpoint"));
    url_->setObjectName("endpointUrlEdit");
    url_->setMaxLength(2048);
    url_->setPlaceholderText(QStringLiteral("https://hooks.example.com/aih"));
    description_->setObjectName("endpointDescriptionEdit");
    description_->setMaxLength(255);
    everything_->setObjectName("allEventsCheck");
    auto* events = new QVBoxLayout;
    events->addWidget(everything_);
    for (const auto& type : webhookEventTypes()) {
        auto* box = new QCheckBox(type, this);
        box->setObjectName(QStringLiteral("eventCheck_") + QString(type).replace('.', '_'));
        types_.append(box);
        events->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &EndpointDialog::validate);
    }
    error_->setObjectName("errorLabel");
    error_->setWordWrap(true);
    error_->setStyleSheet("color: #b3261e");
    error_->hide();
    save_->setObjectName("saveEndpointButton");
    save_->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(save_, QDialogButtonBox::AcceptRole);
    auto* hint = new QLabel(tr("Deliveries are signed with the endpoint's secret in Stripe's scheme "
                               "(header AIH-Signature); Stripe's libraries verify them."),
                            this);
    hint->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("URL"), url_);
    form->addRow(tr("Description"), description_);
    form->addRow(tr("Events"), events);
    form->addRow(hint);
    form->addRow(error_);
    form->addRow(buttons);

    if (existing) {
        url_->setText(existing->url);
        description_->setText(existing->description);
        everything_->setChecked(existing->eventTypes.contains(QStringLiteral("*")));
        for (auto* box : std::as_const(types_)) {
            box->setChecked(existing->eventTypes.contains(box->text()));
        }
    }
    connect(everything_, &QCheckBox::toggled, this, &EndpointDialog::validate);
    connect(url_, &QLineEdit::textChanged, this, &EndpointDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { emit submitted(draft()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

EndpointDraft EndpointDialog::draft() const
{
    EndpointDraft draft;
    draft.url = url_->text().trimmed();
    draft.description = description_->text().trimmed();
    if (everything_->isChecked()) {
        draft.eventTypes = {QStringLiteral("*")};
        return draft;
    }
    for (const auto* box : types_) {
        if (box->isChecked()) {
            draft.eventTypes << box->text();
        }
    }
    return draft;
}

void EndpointDialog::validate()
{
    for (auto* box : std::as_const(types_)) {
        box->setEnabled(!everything_->isChecked());
    }
    const auto current = draft();
    const QUrl url(current.url, QUrl::StrictMode);
    const bool web =
        url.isValid() && (url.scheme() == "https" || url.scheme() == "http") && !url.host().isEmpty();
    save_->setEnabled(web && !current.eventTypes.isEmpty());
}

void EndpointDialog::setBusy(bool busy)
{
    save_->setEnabled(!busy);
    if (busy) {
        error_->hide();
    } else {
        validate();
    }
}

void EndpointDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->show();
}

} // namespace aih::console
