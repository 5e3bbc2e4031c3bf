// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "aih/Roles.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace aih::console {

/// A connection's role map as rows of provider group -> role, each with a button that removes
/// it, and one that adds a row. Row n's parts are `groupEdit_<n>`, `groupRoleCombo_<n>` and
/// `removeGroupButton_<n>`, numbered in the order rows were added.
class RoleMapEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RoleMapEditor(QWidget* parent = nullptr);

    void setMap(const QMap<QString, Role>& map);
    /// The rows with a group name; a later row wins over an earlier one with the same group.
    QMap<QString, Role> map() const;
    int rowCount() const { return static_cast<int>(rows_.size()); }
    void addRow(const QString& group = {}, Role role = Role::User);

signals:
    void changed();

private:
    struct Row
    {
        QWidget* widget;
        QLineEdit* group;
        QComboBox* role;
    };

    void removeRow(QWidget* widget);

    QVBoxLayout* rowsLayout_;
    QList<Row> rows_;
    int added_ = 0;
};

} // namespace aih::console
