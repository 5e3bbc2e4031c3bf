// SPDX-License-Identifier: Apache-2.0
// Composing mail: what goes into a header can never end it (header injection), and the parts
// arrive as multipart/alternative in UTF-8.
#include "mail/MailComposer.h"
#include "mail/SmtpSettings.h"

#include <QtTest>

using aih::mail::OutgoingMail;
using aih::mail::UnsafeMail;

class TestMailComposer : public QObject
{
    Q_OBJECT

private:
    static OutgoingMail valid()
    {
        return {"no-reply@aih.example", "Acme",      "user@acme.example",
                "Reset your password",  "text body", "<p>html body</p>",
                "mail-1.t@aih.example"};
    }

private slots:
    void aMessageIsMultipartAlternativeWithBothParts()
    {
        const auto wire = aih::mail::render(*aih::mail::compose(valid()));
        QVERIFY(wire.find("Content-Type: multipart/alternative; boundary=") != std::string::npos);
        QVERIFY(wire.find("text/plain; charset=UTF-8") < wire.find("text/html; charset=UTF-8"));
        QVERIFY(wire.find("Message-ID: <mail-1.t@aih.example>") != std::string::npos);
        QVERIFY(wire.find("From: \"Acme\" <no-reply@aih.example>") != std::string::npos);
        QVERIFY(wire.find("Auto-Submitted: auto-generated") != std::string::npos);
    }

    void aLineBreakInAnyHeaderValueIsRefused_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("subject CRLF") << 0;
        QTest::newRow("sender name LF") << 1;
        QTest::newRow("recipient CR") << 2;
        QTest::newRow("message id NUL") << 3;
    }

    void aLineBreakInAnyHeaderValueIsRefused()
    {
        QFETCH(int, field);
        auto mail = valid();
        switch (field) {
        case 0:
            mail.subject = "Hello\r\nBcc: victim@elsewhere.example";
            break;
        case 1:
            mail.fromName = "Acme\nBcc: victim@elsewhere.example";
            break;
        case 2:
            mail.to = "user@acme.example\rBcc: victim@elsewhere.example";
            break;
        default:
            mail.messageId = std::string("id\0x", 4);
            break;
        }
        QVERIFY_THROWS_EXCEPTION(UnsafeMail, aih::mail::compose(mail));
    }

    void aRecipientIsOnePlainAddress_data()
    {
        QTest::addColumn<QString>("to");
        QTest::newRow("two addresses") << "a@acme.example, b@acme.example";
        QTest::newRow("display name") << "Eve <eve@acme.example>";
        QTest::newRow("no domain") << "user@";
        QTest::newRow("semicolon") << "a@acme.example;b@acme.example";
    }

    void aRecipientIsOnePlainAddress()
    {
        QFETCH(QString, to);
        auto mail = valid();
        mail.to = to.toStdString();
        QVERIFY_THROWS_EXCEPTION(UnsafeMail, aih::mail::compose(mail));
    }

    void namesAndSubjectsOutsideAsciiAreEncodedWords()
    {
        auto mail = valid();
        mail.fromName = "Zürich \"Labs\"";
        mail.subject = "Passwort für Zürich zurücksetzen";
        const auto wire = aih::mail::render(*aih::mail::compose(mail));
        QVERIFY(wire.find("Subject: =?UTF-8?q?") != std::string::npos);
        QVERIFY(wire.find("From: =?UTF-8?q?") != std::string::npos);
        mail.fromName = "Acme \"Labs\" \\ Co";
        const auto quoted = aih::mail::render(*aih::mail::compose(mail));
        const std::string expected = "From: \"Acme \\\"Labs\\\" \\\\ Co\" <no-reply@aih.example>";
        QVERIFY2(quoted.find(expected) != std::string::npos, quoted.c_str());
    }

    void aNameCannotChooseTheEnvelopeSender()
    {
        auto mail = valid();
        mail.fromName = "Acme <ceo@bank.example>";
        const auto wire = aih::mail::render(*aih::mail::compose(mail));
        QVERIFY2(wire.find("From: \"Acme ceo@bank.example\" <no-reply@aih.example>") != std::string::npos,
                 wire.c_str());
    }

    void smtpUrlsSayHowToConnect()
    {
        std::string why;
        auto plain = aih::mail::parseSmtpUrl("smtp://user:p%40ss@mail.example:2525", why);
        QVERIFY(plain);
        QCOMPARE(plain->host, std::string("mail.example"));
        QCOMPARE(plain->port, 2525);
        QCOMPARE(plain->user, std::string("user"));
        QCOMPARE(plain->password, std::string("p@ss"));
        QVERIFY(plain->requireStartTls);
        QVERIFY(!plain->implicitTls);

        auto loopback = aih::mail::parseSmtpUrl("smtp://127.0.0.1", why);
        QVERIFY(loopback);
        QCOMPARE(loopback->port, 587);
        QVERIFY(!loopback->requireStartTls);

        auto implicit = aih::mail::parseSmtpUrl("smtps://mail.example", why);
        QVERIFY(implicit);
        QCOMPARE(implicit->port, 465);
        QVERIFY(implicit->implicitTls);

        QVERIFY(!aih::mail::parseSmtpUrl("http://mail.example", why));
        QVERIFY(!aih::mail::parseSmtpUrl("smtp://", why));
        QVERIFY(!aih::mail::parseSmtpUrl("smtp://mail.example/path", why));
    }
};

QTEST_GUILESS_MAIN(TestMailComposer)
#include "TestMailComposer.moc"
