// SPDX-License-Identifier: Apache-2.0
#include "features/branding/CssHighlighter.h"

#include <QRegularExpression>

namespace aih::console {
namespace {

QTextCharFormat formatOf(const QColor& colour, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold) {
        format.setFontWeight(QFont::Bold);
    }
    return format;
}

} // namespace

CssHighlighter::CssHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void CssHighlighter::highlightBlock(const QString& text)
{
    static const QRegularExpression selector(R"(^[^{}:;]+(?=\{))");
    static const QRegularExpression property(R"(([-a-zA-Z]+)\s*:)");
    static const QRegularExpression value(R"(:\s*([^;{}]+))");
    static const QRegularExpression comment(R"(/\*.*?\*/)");
    const auto apply = [&](const QRegularExpression& pattern, const QTextCharFormat& format, int group) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            setFormat(static_cast<int>(match.capturedStart(group)),
                      static_cast<int>(match.capturedLength(group)), format);
        }
    };
    apply(selector, formatOf(QColor("#7c3aed"), true), 0);
    apply(value, formatOf(QColor("#0f766e")), 1);
    apply(property, formatOf(QColor("#1d4ed8")), 1);
    apply(comment, formatOf(QColor("#6b7280")), 0);
}

} // namespace aih::console
