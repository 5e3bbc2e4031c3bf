// SPDX-License-Identifier: Apache-2.0
#include "features/sso/RoleMapEditor.h"

#include "core/session/User.h"
#include "features/users/UserTableModel.h"
#include "gui/Icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace aih::console {

RoleMapEditor::RoleMapEditor(QWidget* parent) : QWidget(parent), rowsLayout_(new QVBoxLayout)
{
    setObjectName("roleMapEditor");
    rowsLayout_->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(icon("add"), tr("Add group"), this);
    add->setObjectName("addGroupButton");
    auto* hint = new QLabel(tr("Mapped groups decide the role at every sign-in; with none, the role is "
                               "set once, when the account is made."),
                            this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(rowsLayout_);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(hint);
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
}

void RoleMapEditor::setMap(const QMap<QString, Role>& map)
{
    while (!rows_.isEmpty()) {
        removeRow(rows_.first().widget);
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        addRow(it.key(), it.value());
    }
}

QMap<QString, Role> RoleMapEditor::map() const
{
    QMap<QString, Role> map;
    for (const auto& row : rows_) {
        const auto group = row.group->text().trimmed();
        if (!group.isEmpty()) {
            map.insert(group, roleFromText(row.role->currentData().toString()).value_or(Role::User));
        }
    }
    return map;
}

void RoleMapEditor::addRow(const QString& group, Role role)
{
    const auto number = QString::number(added_++);
    auto* widget = new QWidget(this);
    auto* edit = new QLineEdit(group, widget);
    edit->setObjectName("groupEdit_" + number);
    edit->setPlaceholderText(tr("Group at the provider"));
    edit->setMaxLength(255);
    auto* combo = new QComboBox(widget);
    combo->setObjectName("groupRoleCombo_" + number);
    for (const auto choice : {Role::Admin, Role::Manager, Role::User}) {
        combo->addItem(roleTitle(choice), roleText(choice));
    }
    combo->setCurrentIndex(combo->findData(roleText(role)));
    auto* remove = new QToolButton(widget);
    remove->setObjectName("removeGroupButton_" + number);
    remove->setIcon(icon("remove"));
    remove->setToolTip(tr("Remove this group"));
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(new QLabel(QStringLiteral("→"), widget));
    layout->addWidget(combo);
    layout->addWidget(remove);
    rowsLayout_->addWidget(widget);
    rows_.append({widget, edit, combo});
    connect(edit, &QLineEdit::textChanged, this, &RoleMapEditor::changed);
    connect(combo, &QComboBox::currentIndexChanged, this, &RoleMapEditor::changed);
    connect(remove, &QToolButton::clicked, this, [this, widget] { removeRow(widget); });
    emit changed();
}

void RoleMapEditor::removeRow(QWidget* widget)
{
    rows_.removeIf([widget](const Row& row) { return row.widget == widget; });
    widget->deleteLater();
    emit changed();
}

} // namespace aih::console
