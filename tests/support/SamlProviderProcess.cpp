// SPDX-License-Identifier: Apache-2.0
#include "SamlProviderProcess.h"

#include "HttpClient.h"
#include "RedisProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>
#include <csignal>
#include <sys/prctl.h>

namespace aih::test {
namespace {

/// Undoes Python's html.escape(quote=True).
QString unescaped(QString text)
{
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
}

/// The value of the form's input `name`.
QString inputValue(const QString& page, const QString& name)
{
    const QRegularExpression input("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\">");
    const auto match = input.match(page);
    return match.hasMatch() ? unescaped(match.captured(1)) : QString();
}

} // namespace

SamlProviderProcess::SamlProviderProcess() : port_(freeLoopbackPort()) {}

SamlProviderProcess::~SamlProviderProcess()
{
    stopGently(process_.get());
}

bool SamlProviderProcess::start()
{
    const QString logFile = dir_.filePath("saml-idp.log");
    process_ = std::make_unique<QProcess>();
    // If the test program dies, the provider must not live on holding the port.
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->setStandardOutputFile(logFile);
    process_->start("python3", {QStringLiteral(AIH_SAML_IDP_SCRIPT), QString::number(port_), dir_.path()});
    const QByteArray ready = "READY " + baseUrl().toUtf8() + "\n";
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30'000 && process_->state() != QProcess::NotRunning) {
        QFile written(logFile);
        if (written.open(QIODevice::ReadOnly) && written.readAll().contains(ready)) {
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

QString SamlProviderProcess::metadata() const
{
    return QString::fromUtf8(HttpClient(static_cast<unsigned short>(port_)).get("/metadata").body);
}

bool SamlProviderProcess::setNext(const QString& login, const QString& variant) const
{
    return HttpClient(static_cast<unsigned short>(port_))
               .post("/__test/next", {{"login", login}, {"variant", variant}})
               .status == 204;
}

SamlPost SamlProviderProcess::answer(const QString& signOnUrl) const
{
    const QUrl url(signOnUrl);
    if (url.port() != port_) {
        qWarning() << "not this provider's sign-on URL:" << signOnUrl;
        return {};
    }
    const auto page = HttpClient(static_cast<unsigned short>(port_))
                          .get(url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toStdString());
    if (page.status != 200) {
        qWarning() << "the provider answered" << page.status << page.body;
        return {};
    }
    const auto html = QString::fromUtf8(page.body);
    const QRegularExpression action("<form method=\"post\" action=\"([^\"]*)\">");
    SamlPost post;
    post.action = unescaped(action.match(html).captured(1));
    post.samlResponse = inputValue(html, "SAMLResponse");
    post.relayState = inputValue(html, "RelayState");
    return post;
}

QString SamlProviderProcess::log() const
{
    QFile file(dir_.filePath("saml-idp.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace aih::test
