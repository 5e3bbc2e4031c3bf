// SPDX-License-Identifier: Apache-2.0
#include "gui/StatusBanner.h"

#include "core/net/ApiJob.h"
#include "gui/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace aih::console {

StatusBanner::StatusBanner(QWidget* parent)
    : QFrame(parent), icon_(new QLabel(this)), label_(new QLabel(this))
{
    setObjectName("statusBanner");
    setFrameShape(QFrame::StyledPanel);
    label_->setObjectName("statusBannerText");
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon_);
    layout->addWidget(label_, 1);
    hide();
}

void StatusBanner::present(Kind kind, const QString& text)
{
    kind_ = kind;
    static const char* const icons[] = {"refresh", "offline", "error", "info"};
    static const char* const colours[] = {"palette(alternate-base)", "#fff4d6", "#fde2e1",
                                          "palette(alternate-base)"};
    const auto index = static_cast<int>(kind);
    icon_->setPixmap(icon(icons[index]).pixmap(20, 20));
    setStyleSheet(QStringLiteral("aih--console--StatusBanner { background: %1; border-radius: 4px; }")
                      .arg(QLatin1String(colours[index])));
    label_->setText(text);
    setVisible(true);
}

void StatusBanner::showProblem(const ApiProblem& problem)
{
    present(Kind::Error, problem.message());
}

void StatusBanner::showFreshness(const Freshness& freshness)
{
    if (!freshness.stale) {
        hide();
        return;
    }
    present(Kind::Stale,
            tr("The server cannot be reached. Showing what was last seen on %1.")
                .arg(QLocale().toString(freshness.fetchedAt.toLocalTime(), QLocale::ShortFormat)));
}

QString StatusBanner::text() const
{
    return isVisible() ? label_->text() : QString();
}

} // namespace aih::console
