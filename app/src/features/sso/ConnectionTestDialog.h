// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiProblem.h"
#include "features/sso/SsoConnection.h"
#include "features/sso/SsoTestResult.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace aih::console {

class ConnectionTest;
class SsoApi;
class UrlOpener;

/// Tests a connection through the system browser and shows what the identity provider sent:
/// the claims and the role they map to, or why its answer was not accepted. Closing the dialog
/// stops the test.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionTestDialog(const SsoApi& api, UrlOpener& browser, const SsoConnection& connection,
                         QWidget* parent = nullptr);

    void start();

private:
    void showResult(const SsoTestResult& result);
    void showProblem(const ApiProblem& problem);
    void setWaiting(bool waiting);

    UrlOpener& browser_;
    ConnectionTest* test_;
    QLabel* status_;
    QProgressBar* busy_;
    QPushButton* cancel_;
    QWidget* claims_;
    QFormLayout* claimsForm_;
};

} // namespace aih::console
