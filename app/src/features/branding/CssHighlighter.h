// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>

namespace aih::console {

/// Light CSS colouring for the custom stylesheet editor: selectors, properties, values, comments.
class CssHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit CssHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace aih::console
