// SPDX-License-Identifier: Apache-2.0
#include "features/audit/AuditExport.h"

#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>

namespace aih::console {

AuditExport::AuditExport(const AuditApi& api, QWidget* parent) : QObject(parent), api_(api), parent_(parent)
{
}

AuditExport::~AuditExport()
{
    if (job_) {
        job_->abort();
    }
}

void AuditExport::start(const AuditFilter& filter, AuditApi::ExportFormat format, const QString& fileName)
{
    file_ = new QSaveFile(fileName, this);
    if (!file_->open(QIODevice::WriteOnly)) {
        finish(false, tr("%1 cannot be written: %2").arg(fileName, file_->errorString()));
        return;
    }
    progress_ = new QProgressDialog(tr("Exporting the audit log…"), tr("Cancel"), 0, 0, parent_);
    progress_->setObjectName("exportProgress");
    progress_->setWindowTitle(tr("Export"));
    progress_->setMinimumDuration(0);
    progress_->setWindowModality(Qt::WindowModal);
    job_ = api_.exportTo(filter, format, file_)
               .then(
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
        progress_->setLabelText(
            tr("Exporting the audit log… %1 received").arg(QLocale().formattedDataSize(received)));
    });
    connect(progress_, &QProgressDialog::canceled, this, [this] {
        if (job_) {
            job_->abort();
        }
    });
    progress_->show();
}

void AuditExport::finish(bool ok, const QString& message)
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
