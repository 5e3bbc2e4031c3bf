// SPDX-License-Identifier: Apache-2.0
#include "gui/Page.h"

#include "core/ConsoleCore.h"
#include "gui/StatusBanner.h"

#include <QVBoxLayout>

namespace aih::console {

Page::Page(ConsoleContext& context, const QString& name, QWidget* parent)
    : QWidget(parent), context_(context), banner_(new StatusBanner(this)), content_(new QVBoxLayout)
{
    setObjectName(name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner_);
    layout->addLayout(content_, 1);
}

bool Page::isAvailableTo(const Session&) const
{
    return true;
}

bool Page::isIncludedIn(const Tenant&) const
{
    return true;
}

void Page::activate()
{
    if (!loaded_) {
        loaded_ = true;
        refresh();
    }
}

Session& Page::session() const
{
    return context_.core.session();
}

} // namespace aih::console
