// SPDX-License-Identifier: Apache-2.0
#include "WebhookReceiverProcess.h"

#include "HttpClient.h"
#include "RedisProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>
#include <csignal>
#include <sys/prctl.h>

namespace aih::test {

WebhookReceiverProcess::WebhookReceiverProcess(const OpenApiTools& tools)
    : tools_(tools), port_(freeLoopbackPort())
{
}

WebhookReceiverProcess::~WebhookReceiverProcess()
{
    stopGently(process_.get());
}

bool WebhookReceiverProcess::start()
{
    const QString logFile = dir_.filePath("receiver.log");
    process_ = std::make_unique<QProcess>();
    process_->setProcessEnvironment(tools_.environment());
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->setStandardOutputFile(logFile);
    process_->start("node", {QStringLiteral(AIH_WEBHOOK_RECEIVER_SCRIPT), QString::number(port_)});
    const QByteArray ready = "READY " + QByteArray::number(port_) + "\n";
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30'000) {
        QFile written(logFile);
        if (written.open(QIODevice::ReadOnly) && written.readAll().contains(ready)) {
            return true;
        }
        if (process_->state() == QProcess::NotRunning || process_->waitForFinished(50)) {
            qWarning("the webhook receiver exited before it was ready:\n%s", qPrintable(log()));
            return false;
        }
    }
    return false;
}

QString WebhookReceiverProcess::url(const QString& path) const
{
    return QString("http://127.0.0.1:%1%2").arg(port_).arg(path);
}

bool WebhookReceiverProcess::configure(const QString& path, const ReceiverBehaviour& behaviour) const
{
    HttpClient client(static_cast<unsigned short>(port_));
    const QJsonObject body{
        {"path", path},           {"secrets", QJsonArray::fromStringList(behaviour.secrets)},
        {"fail", behaviour.fail}, {"status", behaviour.status},
        {"hang", behaviour.hang}, {"hang_ms", behaviour.hangMs},
        {"drip", behaviour.drip}};
    return client.post("/_control/endpoint", body).status == 200;
}

QJsonArray WebhookReceiverProcess::received(const QString& path) const
{
    HttpClient client(static_cast<unsigned short>(port_));
    const auto response =
        client.get(("/_control/received?path=" + QUrl::toPercentEncoding(path)).toStdString());
    return QJsonDocument::fromJson(response.body).array();
}

QJsonArray WebhookReceiverProcess::waitForDeliveries(const QString& path, int count, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    auto deliveries = received(path);
    while (deliveries.size() < count && timer.elapsed() < timeoutMs) {
        QThread::msleep(100);
        deliveries = received(path);
    }
    return deliveries;
}

QString WebhookReceiverProcess::log() const
{
    QFile file(dir_.filePath("receiver.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace aih::test
