// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/sso/ScimToken.h"

#include <QDialog>

class QPushButton;

namespace aih::console {

/// Shows a new SCIM token the one time it is known, with the SCIM base URL, a copy button and a
/// warning that it cannot be shown again.
class ScimTokenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScimTokenDialog(const IssuedScimToken& issued, QWidget* parent = nullptr);

private:
    QString token_;
    QPushButton* copy_;
};

} // namespace aih::console
