// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/branding/Branding.h"

#include <QColor>
#include <QWidget>

namespace aih::console {

/// The tenant's portal page as the preview endpoint renders it: drawn from the theme's CSS
/// variables and the sanitised texts it returns, so what is shown is what the server will serve.
class ThemePreviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ThemePreviewWidget(QWidget* parent = nullptr);

    void setPreview(const ThemePreview& preview);
    /// The colour the header is painted in (the theme's `--aih-primary`).
    QColor primary() const { return primary_; }
    QString companyName() const { return companyName_; }
    QSize sizeHint() const override { return {420, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor primary_;
    QColor secondary_;
    QColor accent_;
    QString companyName_;
    QString welcome_;
    QString footer_;
};

} // namespace aih::console
