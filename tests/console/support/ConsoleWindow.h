// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ConsoleHarness.h"
#include "GuiDriver.h"
#include "gui/MainWindow.h"
#include "gui/Page.h"

namespace aih::test {

/// A whole console as a user runs it: the core, the main window, and a browser that only
/// records what it was asked to open.
struct ConsoleWindow
{
    ConsoleHarness console;
    RecordingUrlOpener browser;
    console::ConsoleContext context{console.core(), browser};
    console::MainWindow window{context};

    template <typename T> T* page(const QString& name) const { return qobject_cast<T*>(window.page(name)); }

    /// The page on show, or an empty name when none is (signed out).
    QString currentPage() const
    {
        const auto* stack = window.findChild<QStackedWidget*>();
        return qobject_cast<console::Page*>(stack->currentWidget()) ? stack->currentWidget()->objectName()
                                                                    : QString();
    }
};

} // namespace aih::test
