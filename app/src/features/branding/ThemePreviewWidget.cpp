// SPDX-License-Identifier: Apache-2.0
#include "features/branding/ThemePreviewWidget.h"

#include <QPainter>
#include <QPainterPath>

namespace aih::console {
namespace {

QColor colourOr(const QString& text, const QColor& fallback)
{
    const QColor colour(text);
    return colour.isValid() ? colour : fallback;
}

} // namespace

ThemePreviewWidget::ThemePreviewWidget(QWidget* parent)
    : QWidget(parent), primary_("#4F46E5"), secondary_("#0F172A"), accent_("#F59E0B")
{
    setObjectName("themePreview");
    setMinimumSize(320, 280);
}

void ThemePreviewWidget::setPreview(const ThemePreview& preview)
{
    primary_ = colourOr(preview.variable("--aih-primary"), primary_);
    secondary_ = colourOr(preview.variable("--aih-secondary"), secondary_);
    accent_ = colourOr(preview.variable("--aih-accent"), accent_);
    companyName_ = preview.branding.companyName;
    welcome_ = preview.branding.welcomeMessage;
    footer_ = preview.branding.footerText;
    update();
}

void ThemePreviewWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.fillRect(page, QColor("#f8fafc"));
    const qreal header = std::max<qreal>(56, page.height() * 0.22);
    const qreal footer = std::max<qreal>(36, page.height() * 0.12);
    const qreal margin = page.width() * 0.06;

    painter.fillRect(QRectF(page.left(), page.top(), page.width(), header), primary_);
    auto title = font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(page.left() + margin, page.top(), page.width() - 2 * margin, header),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     companyName_.isEmpty() ? tr("Your company") : companyName_);

    auto body = font();
    body.setPointSizeF(body.pointSizeF() * 1.2);
    painter.setFont(body);
    painter.setPen(secondary_);
    const QRectF welcome(page.left() + margin, page.top() + header + 16, page.width() - 2 * margin, 48);
    painter.drawText(welcome, Qt::TextWordWrap, welcome_.isEmpty() ? tr("Welcome") : welcome_);

    const QRectF card(welcome.left(), welcome.bottom() + 12, welcome.width(), 64);
    painter.fillRect(card, Qt::white);
    painter.fillRect(QRectF(card.left(), card.top(), 6, card.height()), accent_);
    painter.setFont(font());
    painter.setPen(primary_);
    painter.drawText(card.adjusted(18, 8, -8, -8), Qt::AlignTop | Qt::AlignLeft, tr("Sign in"));
    QPainterPath button;
    button.addRoundedRect(QRectF(card.left() + 18, card.bottom() - 30, 90, 22), 4, 4);
    painter.fillPath(button, accent_);

    const QRectF foot(page.left(), page.bottom() - footer, page.width(), footer);
    painter.fillRect(foot, secondary_);
    painter.setPen(Qt::white);
    painter.drawText(foot.adjusted(margin, 0, -margin, 0),
                     Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, footer_);
    painter.setPen(QPen(palette().mid().color()));
    painter.drawRect(page);
}

} // namespace aih::console
