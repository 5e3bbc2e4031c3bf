// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <map>
#include <memory>
#include <vector>

namespace aih::test {

/// A message as it arrived, decoded: headers as received, the text and HTML parts in UTF-8.
struct ReceivedMail
{
    std::map<QString, QString> headers; ///< names in lower case; values as sent (RFC 2047 words kept)
    QString to;                         ///< the address alone
    QString subject;                    ///< RFC 2047 words decoded
    QString text;
    QString html;
    QByteArray raw;
};

/// A real SMTP server (aiosmtpd, Debian's python3-aiosmtpd) on a loopback port, keeping what it
/// receives in a Maildir that the test reads, and refusing recipients named bounce* with 550. It dies with
/// the test (PR_SET_PDEATHSIG). Stop and start it again on the same port to play an SMTP outage.
class SmtpServerProcess
{
public:
    SmtpServerProcess();
    ~SmtpServerProcess();

    bool start();
    void stop();
    int port() const { return port_; }
    /// For aihd's SMTP_URL.
    QString url() const { return QString("smtp://127.0.0.1:%1").arg(port_); }

    /// aihd's environment for mail through this server: SMTP_URL, MAIL_FROM, links to
    /// `http://{slug}.aih.test` and a 200 ms outbox poll, over `base`.
    std::map<QString, QString> serverEnvironment(std::map<QString, QString> base) const;

    /// Every message received so far, oldest first.
    std::vector<ReceivedMail> messages() const;
    /// Waits until at least `count` messages are in; returns them.
    std::vector<ReceivedMail> waitForMessages(std::size_t count, int timeoutMs = 15000) const;
    /// Waits until at least `count` messages to `to` are in; returns those, oldest first. Counting
    /// one recipient's mail is immune to other tests' mail still on its way.
    std::vector<ReceivedMail> waitForMailTo(const QString& to, std::size_t count = 1,
                                            int timeoutMs = 15000) const;

private:
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
};

/// The first http(s) link in a message's text part.
QString firstLink(const ReceivedMail& mail);

} // namespace aih::test
