// SPDX-License-Identifier: Apache-2.0
#pragma once

class QFormLayout;
class QString;
class QWidget;

namespace aih::console {

/// Renames the label of `field`'s row in `form`, for a form whose rows mean different things in
/// different modes (an OpenID or a SAML connection); nothing if the row has no text label.
void setFieldLabel(QFormLayout* form, QWidget* field, const QString& text);

} // namespace aih::console
