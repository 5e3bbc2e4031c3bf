// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/webhooks/WebhookEndpoint.h"

#include <QDialog>
#include <QList>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace aih::console {

/// Adds or edits a webhook endpoint: its URL, a description, and the events it receives (every
/// event, or some). Emits submitted(); the page answers with accept() or showError().
class EndpointDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EndpointDialog(const std::optional<WebhookEndpoint>& existing, QWidget* parent = nullptr);

    EndpointDraft draft() const;
    void setBusy(bool busy);
    void showError(const QString& message);

signals:
    void submitted(const EndpointDraft& draft);

private:
    void validate();

    QLineEdit* url_;
    QLineEdit* description_;
    QCheckBox* everything_;
    QList<QCheckBox*> types_;
    QLabel* error_;
    QPushButton* save_;
};

} // namespace aih::console
