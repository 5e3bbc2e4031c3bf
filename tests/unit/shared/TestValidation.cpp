// SPDX-License-Identifier: Apache-2.0
#include "aih/Validation.h"

#include <QtTest/QtTest>
#include <string_view>

namespace {

// Every input is a QByteArray so the exact bytes under test are spelled out, including
// invalid UTF-8 and embedded NULs.
std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QByteArray repeated(char c, qsizetype count)
{
    return QByteArray(count, c);
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void slugsFollowTheDnsLabelRule_data();
    void slugsFollowTheDnsLabelRule();
    void emailsArePragmaticallyChecked_data();
    void emailsArePragmaticallyChecked();
    void coloursMustBeHashRrggbb_data();
    void coloursMustBeHashRrggbb();
    void passwordsAreBoundedValidUtf8_data();
    void passwordsAreBoundedValidUtf8();
    void uuidsMustBeCanonical_data();
    void uuidsMustBeCanonical();
    void utf8IsStrictlyChecked_data();
    void utf8IsStrictlyChecked();
};

void TestValidation::slugsFollowTheDnsLabelRule_data()
{
    QTest::addColumn<QByteArray>("slug");
    QTest::addColumn<bool>("valid");

    QTest::newRow("three letters") << QByteArray("abc") << true;
    QTest::newRow("digits only") << QByteArray("123") << true;
    QTest::newRow("inner hyphen") << QByteArray("a-b") << true;
    QTest::newRow("several hyphens") << QByteArray("acme-east-2") << true;
    QTest::newRow("63 chars") << repeated('a', 63) << true;
    QTest::newRow("63 chars alternating hyphens") << QByteArray("a") + QByteArray("-b").repeated(31) << true;

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("one char") << QByteArray("a") << false;
    QTest::newRow("two chars") << QByteArray("ab") << false;
    QTest::newRow("64 chars") << repeated('a', 64) << false;
    QTest::newRow("leading hyphen") << QByteArray("-abc") << false;
    QTest::newRow("trailing hyphen") << QByteArray("abc-") << false;
    QTest::newRow("only hyphens") << QByteArray("---") << false;
    QTest::newRow("double hyphen") << QByteArray("ab--cd") << false;
    QTest::newRow("upper case") << QByteArray("Acme") << false;
    QTest::newRow("all upper case") << QByteArray("ACME") << false;
    QTest::newRow("underscore") << QByteArray("ac_me") << false;
    QTest::newRow("dot") << QByteArray("ac.me") << false;
    QTest::newRow("space") << QByteArray("ac me") << false;
    QTest::newRow("slash") << QByteArray("ac/me") << false;
    QTest::newRow("unicode letter") << QByteArray("caf\xc3\xa9") << false;
    QTest::newRow("unicode only") << QByteArray("\xc3\xbc\xc3\xbc") << false;
    QTest::newRow("embedded NUL") << QByteArray("abc\0def", 7) << false;
    // PostgreSQL reads these as UUIDs: they could name another tenant's id.
    QTest::newRow("canonical uuid") << QByteArray("0e4f4c1a-5b2d-4c8e-9f3a-1b2c3d4e5f60") << false;
    QTest::newRow("uuid without hyphens") << QByteArray("0e4f4c1a5b2d4c8e9f3a1b2c3d4e5f60") << false;
    QTest::newRow("uuid hyphens every four")
        << QByteArray("0e4f-4c1a-5b2d-4c8e-9f3a-1b2c-3d4e-5f60") << false;
    QTest::newRow("31 hex digits") << QByteArray("0e4f4c1a5b2d4c8e9f3a1b2c3d4e5f6") << true;
    QTest::newRow("33 hex digits") << QByteArray("0e4f4c1a5b2d4c8e9f3a1b2c3d4e5f601") << true;
    QTest::newRow("hyphen inside a group") << QByteArray("0e4f4-c1a5b2d4c8e9f3a1b2c3d4e5f60") << true;
}

void TestValidation::slugsFollowTheDnsLabelRule()
{
    QFETCH(QByteArray, slug);
    QFETCH(bool, valid);
    QCOMPARE(aih::isValidSlug(view(slug)), valid);
}

void TestValidation::emailsArePragmaticallyChecked_data()
{
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<bool>("valid");

    const QByteArray local64 = repeated('l', 64);
    const QByteArray domain189 = repeated('d', 185) + ".com";

    QTest::newRow("short") << QByteArray("a@b.co") << true;
    QTest::newRow("ordinary") << QByteArray("user@example.com") << true;
    QTest::newRow("dots and plus") << QByteArray("first.last+tag@mail.example.org") << true;
    QTest::newRow("upper case") << QByteArray("USER@EXAMPLE.COM") << true;
    QTest::newRow("hyphenated domain") << QByteArray("me@my-company.example") << true;
    QTest::newRow("local part 64") << local64 + "@example.com" << true;
    QTest::newRow("254 chars") << local64 + "@" + domain189 << true;

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("no at") << QByteArray("user.example.com") << false;
    QTest::newRow("empty local part") << QByteArray("@example.com") << false;
    QTest::newRow("empty domain") << QByteArray("user@") << false;
    QTest::newRow("two ats") << QByteArray("user@@example.com") << false;
    QTest::newRow("at in local part") << QByteArray("a@b@example.com") << false;
    QTest::newRow("undotted domain") << QByteArray("user@localhost") << false;
    QTest::newRow("domain starts with dot") << QByteArray("user@.example.com") << false;
    QTest::newRow("domain ends with dot") << QByteArray("user@example.com.") << false;
    QTest::newRow("double dot in domain") << QByteArray("user@example..com") << false;
    QTest::newRow("space in local part") << QByteArray("us er@example.com") << false;
    QTest::newRow("space in domain") << QByteArray("user@exa mple.com") << false;
    QTest::newRow("tab") << QByteArray("user\t@example.com") << false;
    QTest::newRow("newline") << QByteArray("user@example.com\n") << false;
    QTest::newRow("angle brackets") << QByteArray("<user>@example.com") << false;
    QTest::newRow("quote") << QByteArray("\"user\"@example.com") << false;
    QTest::newRow("comma") << QByteArray("a,b@example.com") << false;
    QTest::newRow("backslash") << QByteArray("a\\b@example.com") << false;
    QTest::newRow("underscore in domain") << QByteArray("user@exa_mple.com") << false;
    QTest::newRow("unicode domain") << QByteArray("user@b\xc3\xbc"
                                                  "cher.example")
                                    << false;
    QTest::newRow("unicode local part") << QByteArray("j\xc3\xb6rg@example.com") << false;
    QTest::newRow("local part 65") << repeated('l', 65) + "@example.com" << false;
    QTest::newRow("255 chars") << local64 + "@" + repeated('d', 186) + ".com" << false;
}

void TestValidation::emailsArePragmaticallyChecked()
{
    QFETCH(QByteArray, email);
    QFETCH(bool, valid);
    QCOMPARE(aih::isValidEmail(view(email)), valid);
}

void TestValidation::coloursMustBeHashRrggbb_data()
{
    QTest::addColumn<QByteArray>("colour");
    QTest::addColumn<bool>("valid");

    QTest::newRow("black") << QByteArray("#000000") << true;
    QTest::newRow("white lower") << QByteArray("#ffffff") << true;
    QTest::newRow("white upper") << QByteArray("#FFFFFF") << true;
    QTest::newRow("mixed case") << QByteArray("#1a2B3c") << true;

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("short form") << QByteArray("#fff") << false;
    QTest::newRow("no hash") << QByteArray("000000") << false;
    QTest::newRow("with alpha") << QByteArray("#00000000") << false;
    QTest::newRow("seven digits") << QByteArray("#0000000") << false;
    QTest::newRow("five digits") << QByteArray("#00000") << false;
    QTest::newRow("non hex") << QByteArray("#gggggg") << false;
    QTest::newRow("double hash") << QByteArray("##00000") << false;
    QTest::newRow("leading space") << QByteArray(" #00000") << false;
    QTest::newRow("trailing space") << QByteArray("#00000 ") << false;
    QTest::newRow("named colour") << QByteArray("#red000") << false;
    QTest::newRow("css function") << QByteArray("rgb(0,0,0)") << false;
}

void TestValidation::coloursMustBeHashRrggbb()
{
    QFETCH(QByteArray, colour);
    QFETCH(bool, valid);
    QCOMPARE(aih::isValidHexColour(view(colour)), valid);
}

void TestValidation::passwordsAreBoundedValidUtf8_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("10 bytes") << QByteArray("0123456789") << true;
    QTest::newRow("256 bytes") << repeated('p', 256) << true;
    QTest::newRow("passphrase with spaces") << QByteArray("correct horse battery staple") << true;
    QTest::newRow("10 bytes of 2-byte characters") << QByteArray("\xc3\xa9").repeated(5) << true;
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x94\x91 secret key") << true;

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("9 bytes") << QByteArray("012345678") << false;
    QTest::newRow("257 bytes") << repeated('p', 257) << false;
    // Length counts bytes, not characters: five 2-byte characters pass (above), four do not.
    QTest::newRow("8 bytes of 2-byte characters") << QByteArray("\xc3\xa9").repeated(4) << false;
    QTest::newRow("invalid byte") << QByteArray("abcdefghij\xff") << false;
    QTest::newRow("overlong NUL") << QByteArray("abcdefghij\xc0\x80") << false;
    QTest::newRow("truncated sequence") << QByteArray("abcdefghij\xe2\x82") << false;
    QTest::newRow("surrogate") << QByteArray("abcdefghij\xed\xa0\x80") << false;
}

void TestValidation::passwordsAreBoundedValidUtf8()
{
    QFETCH(QByteArray, password);
    QFETCH(bool, acceptable);
    QCOMPARE(aih::isAcceptablePassword(view(password)), acceptable);
}

void TestValidation::uuidsMustBeCanonical_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("lower case") << QByteArray("123e4567-e89b-12d3-a456-426614174000") << true;
    QTest::newRow("upper case") << QByteArray("123E4567-E89B-12D3-A456-426614174000") << true;
    QTest::newRow("nil") << QByteArray("00000000-0000-0000-0000-000000000000") << true;

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("no dashes") << QByteArray("123e4567e89b12d3a456426614174000") << false;
    QTest::newRow("braces") << QByteArray("{123e4567-e89b-12d3-a456-426614174000}") << false;
    QTest::newRow("urn") << QByteArray("urn:uuid:123e4567-e89b-12d3-a456-426614174000") << false;
    QTest::newRow("35 chars") << QByteArray("123e4567-e89b-12d3-a456-42661417400") << false;
    QTest::newRow("37 chars") << QByteArray("123e4567-e89b-12d3-a456-4266141740000") << false;
    QTest::newRow("dash moved") << QByteArray("123e456-7e89b-12d3-a456-426614174000") << false;
    QTest::newRow("dash replaced") << QByteArray("123e4567xe89b-12d3-a456-426614174000") << false;
    QTest::newRow("non hex digit") << QByteArray("123g4567-e89b-12d3-a456-426614174000") << false;
    QTest::newRow("trailing space") << QByteArray("123e4567-e89b-12d3-a456-42661417400 ") << false;
    QTest::newRow("sql injection") << QByteArray("' OR 1=1 --------------------------") << false;
}

void TestValidation::uuidsMustBeCanonical()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(aih::isUuid(view(text)), valid);
}

void TestValidation::utf8IsStrictlyChecked_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("hello, world") << true;
    QTest::newRow("NUL is a code point") << QByteArray("a\0b", 3) << true;
    QTest::newRow("2-byte U+00E9") << QByteArray("\xc3\xa9") << true;
    QTest::newRow("2-byte lowest U+0080") << QByteArray("\xc2\x80") << true;
    QTest::newRow("2-byte highest U+07FF") << QByteArray("\xdf\xbf") << true;
    QTest::newRow("3-byte euro U+20AC") << QByteArray("\xe2\x82\xac") << true;
    QTest::newRow("3-byte lowest U+0800") << QByteArray("\xe0\xa0\x80") << true;
    QTest::newRow("3-byte before surrogates U+D7FF") << QByteArray("\xed\x9f\xbf") << true;
    QTest::newRow("3-byte after surrogates U+E000") << QByteArray("\xee\x80\x80") << true;
    QTest::newRow("3-byte highest U+FFFF") << QByteArray("\xef\xbf\xbf") << true;
    QTest::newRow("4-byte clef U+1D11E") << QByteArray("\xf0\x9d\x84\x9e") << true;
    QTest::newRow("4-byte lowest U+10000") << QByteArray("\xf0\x90\x80\x80") << true;
    QTest::newRow("4-byte highest U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("mixed text") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                              "e \xe2\x82\xac \xf0\x9f\x98\x80!")
                                << true;

    QTest::newRow("overlong NUL C0 80") << QByteArray("\xc0\x80") << false;
    QTest::newRow("overlong C1 BF") << QByteArray("\xc1\xbf") << false;
    QTest::newRow("overlong 3-byte E0 80 80") << QByteArray("\xe0\x80\x80") << false;
    QTest::newRow("overlong 3-byte U+07FF") << QByteArray("\xe0\x9f\xbf") << false;
    QTest::newRow("overlong 4-byte F0 80 80 80") << QByteArray("\xf0\x80\x80\x80") << false;
    QTest::newRow("overlong 4-byte U+FFFF") << QByteArray("\xf0\x8f\xbf\xbf") << false;
    QTest::newRow("high surrogate ED A0 80") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("low surrogate ED BF BF") << QByteArray("\xed\xbf\xbf") << false;
    QTest::newRow("surrogate pair as CESU-8") << QByteArray("\xed\xa0\xbd\xed\xb8\x80") << false;
    QTest::newRow("above U+10FFFF F4 90 80 80") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("lead F5") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("5-byte form") << QByteArray("\xf8\x88\x80\x80\x80") << false;
    QTest::newRow("byte FE") << QByteArray("\xfe") << false;
    QTest::newRow("byte FF") << QByteArray("\xff") << false;
    QTest::newRow("lone continuation 80") << QByteArray("\x80") << false;
    QTest::newRow("lone continuation BF") << QByteArray("a\xbf"
                                                        "b")
                                          << false;
    QTest::newRow("truncated 2-byte at end") << QByteArray("ab\xc3") << false;
    QTest::newRow("truncated 3-byte at end") << QByteArray("\xe2\x82") << false;
    QTest::newRow("truncated 4-byte at end") << QByteArray("\xf0\x9d\x84") << false;
    QTest::newRow("truncated 2-byte before ascii") << QByteArray("\xc3"
                                                                 "A")
                                                   << false;
    QTest::newRow("truncated 3-byte before ascii") << QByteArray("\xe2\x82"
                                                                 "A")
                                                   << false;
    QTest::newRow("truncated 4-byte before ascii") << QByteArray("\xf0\x9d\x84"
                                                                 "A")
                                                   << false;
    QTest::newRow("latin-1 text") << QByteArray("caf\xe9") << false;
}

void TestValidation::utf8IsStrictlyChecked()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(aih::isValidUtf8(view(text)), valid);
}

QTEST_APPLESS_MAIN(TestValidation)
#include "TestValidation.moc"
