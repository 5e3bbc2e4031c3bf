// SPDX-License-Identifier: Apache-2.0
#include "gui/FileDownload.h"

#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>

namespace aih::console {

FileDownload::FileDownload(const QString& activity, QWidget* parent)
    : QObject(parent), activity_(activity), parent_(parent)
{
}

FileDownload::~FileDownload()
{
    if (job_) {
        job_->abort();
    }
}

void FileDownload::start(const Start& call, const QString& fileName)
{
    file_ = new QSaveFile(fileName, this);
    if (!file_->open(QIODevice::WriteOnly)) {
        finish(false, tr("%1 cannot be written: %2").arg(fileName, file_->errorString()));
        return;
    }
    progress_ = new QProgressDialog(tr("%1…").arg(activity_), tr("Cancel"), 0, 0, parent_);
    progress_->setObjectName("downloadProgress");
    progress_->setWindowTitle(tr("Download"));
    progress_->setMinimumDuration(0);
    progress_->setWindowModality(Qt::WindowModal);
    job_ = call(file_).then(
        this,
        [this, fileName](const Done&) {
            if (!file_->commit()) {
                finish(false, tr("%1 cannot be written: %2").arg(fileName, file_->errorString()));
                return;
            }
            finish(true, fileName);
        },
        [this](const ApiProblem& problem) {
            file_->cancelWriting();
            finish(false, problem.message());
        });
    connect(job_, &ApiJob::progress, progress_, [this](qint64 received) {
        progress_->setLabelText(tr("%1… %2 received").arg(activity_, QLocale().formattedDataSize(received)));
    });
    connect(progress_, &QProgressDialog::canceled, this, [this] {
        if (job_) {
            job_->abort();
        }
    });
    progress_->show();
}

void FileDownload::finish(bool ok, const QString& message)
{
    if (progress_) {
        progress_->hide();
        progress_->deleteLater();
        progress_ = nullptr;
    }
    emit finished(ok, message);
    deleteLater();
}

} // namespace aih::console
