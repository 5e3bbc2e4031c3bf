// SPDX-License-Identifier: Apache-2.0
#include "gui/UsageCard.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <algorithm>

namespace aih::console {

UsageCard::UsageCard(const QString& objectName, const QString& title, QWidget* parent)
    : QFrame(parent), value_(new QLabel(this)), bar_(new QProgressBar(this)), detail_(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(title, this);
    heading->setStyleSheet("color: palette(mid); font-weight: 600;");
    value_->setObjectName("value");
    auto font = value_->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    value_->setFont(font);
    bar_->setObjectName("usageBar");
    bar_->setTextVisible(false);
    bar_->setMaximumHeight(8);
    bar_->hide();
    detail_->setWordWrap(true);
    detail_->setStyleSheet("color: palette(mid);");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(value_);
    layout->addWidget(bar_);
    layout->addWidget(detail_);
    layout->addStretch(1);
}

void UsageCard::setUsage(qint64 used, qint64 limit, const QString& detail)
{
    const QLocale locale;
    value_->setText(limit > 0 ? tr("%1 of %2").arg(locale.toString(used), locale.toString(limit))
                              : locale.toString(used));
    bar_->setVisible(limit > 0);
    if (limit > 0) {
        // Progress bars hold ints; per mille keeps large limits in range. Any use shows a sliver,
        // so 49 of 200,000 does not look like none.
        const auto perMille = std::clamp<qint64>(used * 1000 / limit, used > 0 ? 10 : 0, 1000);
        bar_->setRange(0, 1000);
        bar_->setValue(static_cast<int>(perMille));
        // The fill is drawn in the highlight colour, amber from 80 % and red when used up, in every
        // style (some draw no chunk for a bar this thin).
        const char* fill = perMille >= 1000 ? "#b3261e" : perMille >= 800 ? "#b45309" : "palette(highlight)";
        bar_->setStyleSheet(QString("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; "
                                    "background: palette(base); } QProgressBar::chunk { background: %1; }")
                                .arg(fill));
    }
    detail_->setText(detail);
}

void UsageCard::setText(const QString& value, const QString& detail)
{
    value_->setText(value);
    bar_->hide();
    detail_->setText(detail);
}

QString UsageCard::valueText() const
{
    return value_->text();
}

} // namespace aih::console
