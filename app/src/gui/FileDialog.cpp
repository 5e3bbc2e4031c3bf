// SPDX-License-Identifier: Apache-2.0
#include "gui/FileDialog.h"

#include <QFileDialog>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

namespace aih::console {

std::optional<QString> FileDialog::nextFileName;

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
}

void FileDialog::saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                          const QString& filter, Done done)
{
    const auto folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    choose(parent, true, caption, folder + '/' + suggestedName, filter, std::move(done));
}

void FileDialog::openFile(QWidget* parent, const QString& caption, const QString& filter, Done done)
{
    choose(parent, false, caption, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), filter,
           std::move(done));
}

void FileDialog::choose(QWidget* parent, bool save, const QString& caption, const QString& path,
                        const QString& filter, Done done)
{
    if (const auto next = std::exchange(nextFileName, std::nullopt)) {
        QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, parent, [guard, done, next] {
            if (guard) {
                done(*next);
            }
        });
        return;
    }
    auto* dialog = new QFileDialog(parent, caption, path, filter);
    dialog->setObjectName("fileDialog");
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done](int result) {
        const auto files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

} // namespace aih::console
