// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gui/UrlOpener.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QWidget>
#include <QtTest>

namespace aih::test {

/// Finds a widget (or action) by its object name anywhere below `parent`, visible or not.
template <typename T> T* child(const QObject* parent, const QString& name)
{
    return parent ? parent->findChild<T*>(name) : nullptr;
}

/// Waits for a top-level dialog of type T to be shown, as the console opens them without
/// blocking; returns it, or nullptr when none appeared.
template <typename T> T* waitForDialog(int timeoutMs = 10000)
{
    T* found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (auto* widget : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible()) {
                    found = dialog;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

/// Types into a line edit as a user would (focus, select all, keys).
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

inline void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

/// The first row of `model` whose `column` shows `text`, or -1.
inline int rowWith(const QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

/// Selects the row of the view whose `column` shows `text`; false when there is none.
inline bool selectRow(QTableView* view, int column, const QString& text)
{
    const int row = rowWith(view->model(), column, text);
    if (row < 0) {
        return false;
    }
    view->selectRow(row);
    return true;
}

/// Stands in for the browser: remembers what the console asked to open.
class RecordingUrlOpener : public console::UrlOpener
{
public:
    bool open(const QUrl& url) override
    {
        opened.append(url);
        return true;
    }
    QList<QUrl> opened;
};

} // namespace aih::test
