// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/css/CssTokenizer.h"

#include <stdexcept>
#include <vector>

namespace aih::branding::css {

struct ComponentValue;
using ComponentValues = std::vector<ComponentValue>;

/// CSS Syntax Level 3 §5 component value: a preserved token, a function, or a simple block.
struct ComponentValue
{
    enum class Kind
    {
        Token,
        Function, ///< token.value is the name; children are the arguments
        Block,    ///< token.type is the opening bracket; children are the contents
    };
    Kind kind = Kind::Token;
    Token token;
    ComponentValues children;

    bool is(TokenType type) const { return kind == Kind::Token && token.type == type; }
    bool isDelim(char32_t c) const
    {
        return is(TokenType::Delim) && token.value.size() == 1 && token.value[0] == c;
    }
    bool isBlock(TokenType opening) const { return kind == Kind::Block && token.type == opening; }
};

/// A qualified rule (selector + block) or an at-rule (name, prelude, optional block).
struct Rule
{
    bool atRule = false;
    std::u32string name; ///< at-rule name, lowercased
    ComponentValues prelude;
    bool hasBlock = false;
    ComponentValues block;
    int line = 1;
};

struct Declaration
{
    std::u32string name; ///< lowercased, except custom properties (`--x`), which are case-sensitive
    ComponentValues value;
    bool important = false;
    int line = 1;
};

/// Nesting deeper than the parser accepts: the whole stylesheet is refused.
struct CssTooDeep : std::runtime_error
{
    CssTooDeep() : std::runtime_error("CSS is nested too deeply") {}
};

/// §5.3.3 parse a stylesheet into component values, then into rules (§5.4.1). Blocks and
/// functions nested deeper than `maxDepth` throw CssTooDeep: recursion stays bounded.
std::vector<Rule> parseStylesheet(const std::vector<Token>& tokens, int maxDepth = 24);
/// §5.4.1 consume a list of rules from a block's contents (e.g. inside @media).
std::vector<Rule> parseRuleList(const ComponentValues& values);
/// §5.4.5 consume a list of declarations; at-rules and junk are dropped, each counted in `dropped`.
std::vector<Declaration> parseDeclarationList(const ComponentValues& values, std::vector<int>& droppedLines);

} // namespace aih::branding::css
