// SPDX-License-Identifier: Apache-2.0
// The password policy: NFKC first, then length in characters, the common-password list and the
// account's own email.
#include "auth/PasswordPolicy.h"

#include <QtTest>

using aih::auth::PasswordPolicy;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { policy = std::make_unique<PasswordPolicy>(); }

    void normalisationMakesOnePasswordOfItsSpellings()
    {
        // Composed and decomposed é; full-width letters; the fi ligature.
        QCOMPARE(PasswordPolicy::normalize("caf\xc3\xa9"), PasswordPolicy::normalize("cafe\xcc\x81"));
        QCOMPARE(PasswordPolicy::normalize("\xef\xbd\x83\xef\xbd\x8f"), std::string("co"));
        QCOMPARE(PasswordPolicy::normalize("\xef\xac\x81lter"), std::string("filter"));
        QCOMPARE(PasswordPolicy::normalize("plain ascii stays"), std::string("plain ascii stays"));
        QCOMPARE(PasswordPolicy::normalize("bad\xff"), std::string("bad\xff"));
    }

    void lengthCountsCharactersAfterNormalisation()
    {
        QVERIFY(policy->refusal("eleven char", "")); // 11
        QVERIFY(!policy->refusal("twelve chars", ""));
        // Twelve two-byte characters pass; eleven do not.
        std::string accents;
        for (int i = 0; i < 11; ++i) {
            accents += "\xc3\xa9";
        }
        QVERIFY(policy->refusal(accents, ""));
        QVERIFY(!policy->refusal(accents + "\xc3\xa9", ""));
        QVERIFY(policy->refusal(std::string(257, 'x'), ""));
        QVERIFY(!policy->refusal(std::string(256, 'x'), ""));
        QVERIFY(policy->refusal("invalid utf-8 \xff\xfe", ""));
    }

    void commonPasswordsAreRefusedInAnyCase()
    {
        QVERIFY(policy->isCommon("qwerty123456"));
        QVERIFY(policy->isCommon("QWERTY123456"));
        QVERIFY(policy->refusal("1qaz2wsx3edc", "").value().find("commonly used") != std::string::npos);
        QVERIFY(!policy->isCommon("correct horse battery staple"));
    }

    void theAccountsEmailIsNotItsPassword()
    {
        QVERIFY(policy->refusal("Admin@Acme.example", "admin@acme.example"));
        QVERIFY(!policy->refusal("admin@acme.example!", "admin@acme.example"));
    }

private:
    std::unique_ptr<PasswordPolicy> policy;
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
