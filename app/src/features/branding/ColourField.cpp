// SPDX-License-Identifier: Apache-2.0
#include "features/branding/ColourField.h"

#include "aih/Validation.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace aih::console {

ColourField::ColourField(const QString& name, QWidget* parent)
    : QWidget(parent), swatch_(new QToolButton(this)), hex_(new QLineEdit(this))
{
    setObjectName(name + "Field");
    swatch_->setObjectName(name + "Swatch");
    swatch_->setToolTip(tr("Choose a colour"));
    swatch_->setFixedSize(28, 24);
    hex_->setObjectName(name + "Edit");
    hex_->setMaxLength(7);
    hex_->setPlaceholderText("#RRGGBB");
    hex_->setValidator(new QRegularExpressionValidator(QRegularExpression("#[0-9A-Fa-f]{0,6}"), hex_));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(swatch_);
    layout->addWidget(hex_, 1);
    connect(swatch_, &QToolButton::clicked, this, &ColourField::pick);
    connect(hex_, &QLineEdit::textChanged, this, [this] {
        showSwatch();
        if (isValid()) {
            emit colourChanged(colour());
        }
    });
}

QString ColourField::colour() const
{
    return hex_->text().toUpper();
}

void ColourField::setColour(const QString& colour)
{
    hex_->setText(colour.toUpper());
}

bool ColourField::isValid() const
{
    return isValidHexColour(colour().toStdString());
}

void ColourField::pick()
{
    auto* dialog = new QColorDialog(QColor(colour()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor& chosen) { setColour(chosen.name(QColor::HexRgb)); });
    dialog->open();
}

void ColourField::showSwatch()
{
    const QColor colour(isValid() ? this->colour() : QStringLiteral("#00000000"));
    swatch_->setStyleSheet(
        QStringLiteral("background: %1; border: 1px solid palette(mid); border-radius: 3px;")
            .arg(isValid() ? colour.name() : QStringLiteral("transparent")));
}

} // namespace aih::console
