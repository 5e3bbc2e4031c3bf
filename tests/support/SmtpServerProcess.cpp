// SPDX-License-Identifier: Apache-2.0
#include "SmtpServerProcess.h"

#include "RedisProcess.h"

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <sstream>
#include <sys/prctl.h>
#include <unistd.h>

namespace aih::test {
namespace {

// Collects the decoded text/plain and text/html parts of a multipart message.
class TextParts : public Poco::Net::PartHandler
{
public:
    void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override
    {
        std::string body;
        Poco::StreamCopier::copyToString(stream, body);
        const auto type = header.get("Content-Type", "");
        if (type.rfind("text/plain", 0) == 0) {
            text = QString::fromStdString(body);
        } else if (type.rfind("text/html", 0) == 0) {
            html = QString::fromStdString(body);
        }
    }
    QString text;
    QString html;
};

ReceivedMail parse(const QByteArray& raw)
{
    ReceivedMail mail;
    mail.raw = raw;
    std::istringstream in(raw.toStdString());
    Poco::Net::MailMessage message;
    TextParts parts;
    message.read(in, parts);
    for (const auto& [name, value] : message) {
        mail.headers[QString::fromStdString(name).toLower()] = QString::fromStdString(value);
    }
    mail.to = mail.headers["to"];
    if (mail.to.startsWith('<') && mail.to.endsWith('>')) {
        mail.to = mail.to.mid(1, mail.to.size() - 2);
    }
    mail.subject = QString::fromStdString(message.getSubject()); // Poco decodes RFC 2047 words
    mail.text = parts.text;
    mail.html = parts.html;
    return mail;
}

} // namespace

SmtpServerProcess::SmtpServerProcess() : port_(freeLoopbackPort()) {}

SmtpServerProcess::~SmtpServerProcess()
{
    stop();
}

bool SmtpServerProcess::start()
{
    stop();
    // As root, aiosmtpd drops to `nobody` by itself, which must then be able to write the Maildir.
    const QString maildir = dir_.filePath("maildir");
    for (const auto* sub : {"", "/new", "/cur", "/tmp"}) {
        QDir().mkpath(maildir + sub);
        QFile(maildir + sub).setPermissions(QFileDevice::Permissions(0x7777));
    }
    QFile(dir_.path()).setPermissions(QFileDevice::Permissions(0x7755));
    QStringList args{"-m",   "aiosmtpd",
                     "-l",   QString("127.0.0.1:%1").arg(port_),
                     "-c",   "refusing_mailbox.RefusingMailbox",
                     maildir};
    if (::geteuid() != 0) {
        args.insert(2, "-n");
    }
    process_ = std::make_unique<QProcess>();
    // The handler (tests/support/data/smtp) refuses recipients named bounce*, as a real server
    // refuses an unknown mailbox.
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("PYTHONPATH", AIH_SMTP_HANDLERS);
    process_->setProcessEnvironment(env);
    process_->setStandardOutputFile(dir_.filePath("smtp.log"), QIODevice::Append);
    process_->setStandardErrorFile(dir_.filePath("smtp.log"), QIODevice::Append);
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // Debian's interpreter, which has the Debian package, whatever python3 comes first in PATH.
    process_->start("/usr/bin/python3", args);
    return waitForLoopbackPort(port_, *process_);
}

void SmtpServerProcess::stop()
{
    stopGently(process_.get());
}

std::vector<ReceivedMail> SmtpServerProcess::messages() const
{
    QDir inbox(dir_.filePath("maildir/new"));
    auto entries = inbox.entryInfoList(QDir::Files);
    // Maildir names begin with the delivery time in seconds; within a second, the file time orders.
    std::ranges::sort(entries, [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() < b.lastModified()
                                                    : a.fileName() < b.fileName();
    });
    std::vector<ReceivedMail> out;
    for (const auto& entry : entries) {
        QFile file(entry.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            out.push_back(parse(file.readAll()));
        }
    }
    return out;
}

std::vector<ReceivedMail> SmtpServerProcess::waitForMessages(std::size_t count, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    auto received = messages();
    while (received.size() < count && timer.elapsed() < timeoutMs) {
        QThread::msleep(50);
        received = messages();
    }
    return received;
}

std::map<QString, QString> SmtpServerProcess::serverEnvironment(std::map<QString, QString> base) const
{
    base["SMTP_URL"] = url();
    base["MAIL_FROM"] = "no-reply@aih.test";
    base["AIH_PORTAL_URL"] = "http://{slug}.aih.test";
    base["AIH_MAIL_POLL_MS"] = "200";
    return base;
}

std::vector<ReceivedMail> SmtpServerProcess::waitForMailTo(const QString& to, std::size_t count,
                                                           int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    std::vector<ReceivedMail> mine;
    do {
        mine.clear();
        for (auto& mail : messages()) {
            if (mail.to.compare(to, Qt::CaseInsensitive) == 0) {
                mine.push_back(std::move(mail));
            }
        }
        if (mine.size() >= count) {
            break;
        }
        QThread::msleep(50);
    } while (timer.elapsed() < timeoutMs);
    return mine;
}

QString firstLink(const ReceivedMail& mail)
{
    static const QRegularExpression link(R"(https?://\S+)");
    return link.match(mail.text).captured(0);
}

} // namespace aih::test
