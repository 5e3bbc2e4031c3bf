// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace aih::console {

/// File choosers that never block the event loop, and that a GUI test can answer in advance
/// (after KeePassXC's FileDialog::setNextFileName).
class FileDialog
{
public:
    using Done = std::function<void(const QString& fileName)>;

    /// The next chooser answers `fileName` without showing anything.
    static void setNextFileName(const QString& fileName);

    /// `done` gets the chosen file, or an empty string when the user cancels.
    static void saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                         const QString& filter, Done done);
    static void openFile(QWidget* parent, const QString& caption, const QString& filter, Done done);

private:
    static void choose(QWidget* parent, bool save, const QString& caption, const QString& path,
                       const QString& filter, Done done);
    static std::optional<QString> nextFileName;
};

} // namespace aih::console
