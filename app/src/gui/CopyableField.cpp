// SPDX-License-Identifier: Apache-2.0
#include "gui/CopyableField.h"

#include "gui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace aih::console {

CopyableField::CopyableField(const QString& name, QWidget* parent)
    : QWidget(parent), edit_(new QLineEdit(this)), copy_(new QPushButton(icon("copy"), tr("Copy"), this))
{
    setObjectName(name);
    edit_->setObjectName(name + "Edit");
    edit_->setReadOnly(true);
    edit_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    copy_->setObjectName(name + "CopyButton");
    copy_->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_, 1);
    layout->addWidget(copy_);
    connect(copy_, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(edit_->text()); });
}

void CopyableField::setText(const QString& text)
{
    edit_->setText(text);
    edit_->setCursorPosition(0);
    copy_->setEnabled(!text.isEmpty());
}

QString CopyableField::text() const
{
    return edit_->text();
}

void CopyableField::setPlaceholderText(const QString& text)
{
    edit_->setPlaceholderText(text);
}

} // namespace aih::console
