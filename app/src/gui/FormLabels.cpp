// SPDX-License-Identifier: Apache-2.0
#include "gui/FormLabels.h"

#include <QFormLayout>
#include <QLabel>

namespace aih::console {

void setFieldLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
    }
}

} // namespace aih::console
