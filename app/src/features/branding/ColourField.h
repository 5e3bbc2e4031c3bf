// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace aih::console {

/// A `#RRGGBB` colour: a swatch that opens the colour picker beside the hex value, which can
/// also be typed.
class ColourField : public QWidget
{
    Q_OBJECT

public:
    ColourField(const QString& name, QWidget* parent = nullptr);

    QString colour() const;
    void setColour(const QString& colour);
    bool isValid() const;

signals:
    void colourChanged(const QString& colour);

private:
    void pick();
    void showSwatch();

    QToolButton* swatch_;
    QLineEdit* hex_;
};

} // namespace aih::console
