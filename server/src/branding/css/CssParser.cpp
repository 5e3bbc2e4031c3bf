// SPDX-License-Identifier: Apache-2.0
#include "branding/css/CssParser.h"

namespace aih::branding::css {
namespace {

TokenType closingOf(TokenType opening)
{
    switch (opening) {
    case TokenType::LeftCurly:
        return TokenType::RightCurly;
    case TokenType::LeftSquare:
        return TokenType::RightSquare;
    default:
        return TokenType::RightParen;
    }
}

class ValueBuilder
{
public:
    ValueBuilder(const std::vector<Token>& tokens, int maxDepth) : tokens_(tokens), maxDepth_(maxDepth) {}

    ComponentValues all()
    {
        ComponentValues out;
        while (pos_ < tokens_.size()) {
            out.push_back(consume(0));
        }
        return out;
    }

private:
    // §5.4.7-§5.4.9: a closing bracket without an opener is kept as a plain token, which no
    // allow-list accepts, so it is dropped later with whatever it sits in.
    ComponentValue consume(int depth)
    {
        const Token& token = tokens_[pos_++];
        ComponentValue value;
        value.token = token;
        const bool opensBlock = token.type == TokenType::LeftCurly || token.type == TokenType::LeftSquare ||
                                token.type == TokenType::LeftParen;
        if (!opensBlock && token.type != TokenType::Function) {
            return value;
        }
        if (depth >= maxDepth_) {
            throw CssTooDeep();
        }
        value.kind = opensBlock ? ComponentValue::Kind::Block : ComponentValue::Kind::Function;
        const auto closing = opensBlock ? closingOf(token.type) : TokenType::RightParen;
        while (pos_ < tokens_.size()) {
            if (tokens_[pos_].type == closing) {
                ++pos_;
                return value;
            }
            value.children.push_back(consume(depth + 1));
        }
        return value; // end of input closes every open block (§5.4.8)
    }

    const std::vector<Token>& tokens_;
    int maxDepth_;
    std::size_t pos_ = 0;
};

std::vector<Rule> consumeRules(const ComponentValues& values, bool topLevel)
{
    std::vector<Rule> rules;
    std::size_t i = 0;
    while (i < values.size()) {
        const auto& value = values[i];
        if (value.is(TokenType::Whitespace) ||
            (topLevel && (value.is(TokenType::Cdo) || value.is(TokenType::Cdc)))) {
            ++i;
            continue;
        }
        Rule rule;
        rule.line = value.token.line;
        if (value.is(TokenType::AtKeyword)) {
            rule.atRule = true;
            rule.name = asciiLower(value.token.value);
            ++i;
        }
        while (i < values.size()) {
            const auto& part = values[i++];
            if (rule.atRule && part.is(TokenType::Semicolon)) {
                break;
            }
            if (part.isBlock(TokenType::LeftCurly)) {
                rule.hasBlock = true;
                rule.block = part.children;
                break;
            }
            rule.prelude.push_back(part);
        }
        // A qualified rule cut off by the end of input is a parse error (§5.4.3); it is kept
        // without a block so that the sanitiser can say it dropped it.
        rules.push_back(std::move(rule));
    }
    return rules;
}

void trimWhitespace(ComponentValues& values)
{
    while (!values.empty() && values.back().is(TokenType::Whitespace)) {
        values.pop_back();
    }
    std::size_t start = 0;
    while (start < values.size() && values[start].is(TokenType::Whitespace)) {
        ++start;
    }
    values.erase(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(start));
}

// §5.4.6: `!important` is the last two non-whitespace values, case-insensitively.
bool takeImportant(ComponentValues& value)
{
    trimWhitespace(value);
    if (value.size() < 2 || !value.back().is(TokenType::Ident) ||
        asciiLower(value.back().token.value) != U"important") {
        return false;
    }
    std::size_t bang = value.size() - 2;
    while (bang > 0 && value[bang].is(TokenType::Whitespace)) {
        --bang;
    }
    if (!value[bang].isDelim('!')) {
        return false;
    }
    value.erase(value.begin() + static_cast<std::ptrdiff_t>(bang), value.end());
    trimWhitespace(value);
    return true;
}

} // namespace

std::vector<Rule> parseStylesheet(const std::vector<Token>& tokens, int maxDepth)
{
    return consumeRules(ValueBuilder(tokens, maxDepth).all(), true);
}

std::vector<Rule> parseRuleList(const ComponentValues& values)
{
    return consumeRules(values, false);
}

std::vector<Declaration> parseDeclarationList(const ComponentValues& values, std::vector<int>& droppedLines)
{
    std::vector<Declaration> declarations;
    std::size_t i = 0;
    while (i < values.size()) {
        const auto& first = values[i];
        if (first.is(TokenType::Whitespace) || first.is(TokenType::Semicolon)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < values.size() && !values[end].is(TokenType::Semicolon)) {
            ++end;
        }
        ComponentValues parts(values.begin() + static_cast<std::ptrdiff_t>(i),
                              values.begin() + static_cast<std::ptrdiff_t>(end));
        i = end;
        std::size_t colon = 1;
        while (colon < parts.size() && parts[colon].is(TokenType::Whitespace)) {
            ++colon;
        }
        if (!first.is(TokenType::Ident) || colon >= parts.size() || !parts[colon].is(TokenType::Colon)) {
            droppedLines.push_back(first.token.line);
            continue;
        }
        Declaration declaration;
        declaration.line = first.token.line;
        const auto& name = first.token.value;
        declaration.name = name.starts_with(U"--") ? name : asciiLower(name);
        declaration.value.assign(parts.begin() + static_cast<std::ptrdiff_t>(colon) + 1, parts.end());
        declaration.important = takeImportant(declaration.value);
        declarations.push_back(std::move(declaration));
    }
    return declarations;
}

} // namespace aih::branding::css
