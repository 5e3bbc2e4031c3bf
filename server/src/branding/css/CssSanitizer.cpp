// SPDX-License-Identifier: Apache-2.0
#include "branding/css/CssSanitizer.h"

#include "aih/Validation.h"
#include "branding/css/CssAllowList.h"
#include "branding/css/CssParser.h"
#include "branding/css/CssSelectors.h"
#include "branding/css/CssSerializer.h"

#include <optional>

namespace aih::branding::css {
namespace {

std::string utf8(std::u32string_view text)
{
    std::string out;
    for (const char32_t c : text) {
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

// Names in messages: printable ASCII only, so a report can never carry markup either.
std::string shown(std::u32string_view name)
{
    std::string out;
    for (const char32_t c : name.substr(0, 64)) {
        out.push_back(c >= 0x20 && c < 0x7F && c != '<' && c != '>' ? static_cast<char>(c) : '?');
    }
    return out;
}

ComponentValues trimmed(const ComponentValues& values)
{
    auto begin = values.begin();
    auto end = values.end();
    while (begin != end && begin->is(TokenType::Whitespace)) {
        ++begin;
    }
    while (end != begin && (end - 1)->is(TokenType::Whitespace)) {
        --end;
    }
    return {begin, end};
}

class Sanitizer
{
public:
    explicit Sanitizer(const CssPolicy& policy) : policy_(policy) {}

    SanitizedCss run(const std::vector<Rule>& rules)
    {
        SanitizedCss result;
        result.css = ruleList(rules, 0, "");
        result.dropped = std::move(dropped_);
        return result;
    }

private:
    void drop(int line, std::string message) { dropped_.push_back({line, std::move(message)}); }

    std::string ruleList(const std::vector<Rule>& rules, int depth, const std::string& indent)
    {
        std::string out;
        for (const auto& rule : rules) {
            out += rule.atRule ? atRule(rule, depth, indent) : styleRule(rule, indent);
        }
        return out;
    }

    std::string styleRule(const Rule& rule, const std::string& indent)
    {
        if (!rule.hasBlock) {
            drop(rule.line, "rule dropped: it has no { } block");
            return "";
        }
        const auto selector = trimmed(rule.prelude);
        if (const auto problem = selectorProblem(selector)) {
            drop(rule.line, "rule dropped: " + *problem);
            return "";
        }
        return block(serializeValues(selector), rule.block, indent);
    }

    std::string block(const std::string& head, const ComponentValues& contents, const std::string& indent)
    {
        const auto body = declarations(contents, indent + "  ");
        return body.empty() ? "" : indent + head + " {\n" + body + indent + "}\n";
    }

    std::string atRule(const Rule& rule, int depth, const std::string& indent)
    {
        const auto& name = rule.name;
        if (name != U"media" && name != U"supports" && name != U"keyframes") {
            drop(rule.line, "@" + shown(name) + " is not allowed");
            return "";
        }
        if (!rule.hasBlock) {
            drop(rule.line, "@" + shown(name) + " without a block");
            return "";
        }
        if (depth >= policy_.maxAtRuleDepth) {
            drop(rule.line, "@" + shown(name) + " nested too deeply");
            return "";
        }
        const auto prelude = trimmed(rule.prelude);
        const bool keyframes = name == U"keyframes";
        const bool preludeOk =
            keyframes ? prelude.size() == 1 && prelude[0].is(TokenType::Ident) : conditionAllowed(prelude);
        if (!preludeOk) {
            drop(rule.line, "@" + shown(name) + " condition or name is not allowed");
            return "";
        }
        std::string inner;
        if (keyframes) {
            for (const auto& frame : parseRuleList(rule.block)) {
                if (frame.atRule || !isKeyframeSelector(trimmed(frame.prelude))) {
                    drop(frame.line, "keyframe dropped: only from, to and percentages are allowed");
                    continue;
                }
                inner += block(serializeValues(trimmed(frame.prelude)), frame.block, indent + "  ");
            }
        } else {
            inner = ruleList(parseRuleList(rule.block), depth + 1, indent + "  ");
        }
        if (inner.empty()) {
            return "";
        }
        return indent + "@" + serializeIdent(name) + " " + serializeValues(prelude) + " {\n" + inner +
               indent + "}\n";
    }

    // Media queries and @supports conditions: words, numbers, `:` and `/` in parentheses.
    static bool conditionAllowed(const ComponentValues& values)
    {
        for (const auto& value : values) {
            if (value.isBlock(TokenType::LeftParen)) {
                if (!conditionAllowed(value.children)) {
                    return false;
                }
                continue;
            }
            const bool ok = value.is(TokenType::Ident) || value.is(TokenType::Number) ||
                            value.is(TokenType::Dimension) || value.is(TokenType::Percentage) ||
                            value.is(TokenType::Whitespace) || value.is(TokenType::Comma) ||
                            value.is(TokenType::Colon) || value.isDelim('/');
            if (!ok) {
                return false;
            }
        }
        return !values.empty();
    }

    std::string declarations(const ComponentValues& contents, const std::string& indent)
    {
        std::vector<int> junk;
        std::string out;
        for (const auto& declaration : parseDeclarationList(contents, junk)) {
            if (const auto problem = declarationProblem(declaration)) {
                drop(declaration.line, "'" + shown(declaration.name) + "' dropped: " + *problem);
                continue;
            }
            out += indent + serializeIdent(declaration.name) + ": " + serializeValues(declaration.value) +
                   (declaration.important ? " !important" : "") + ";\n";
        }
        for (const int line : junk) {
            drop(line, "something that is not a declaration was dropped");
        }
        return out;
    }

    std::optional<std::string> declarationProblem(const Declaration& declaration) const
    {
        const auto& name = declaration.name;
        if (isScriptingProperty(name)) {
            return std::string("it can run code in some browsers");
        }
        if (!name.starts_with(U"--") && !isAllowedProperty(name)) {
            return std::string("the property is not allowed");
        }
        if (declaration.value.empty()) {
            return std::string("the value is empty");
        }
        return valueProblem(declaration.value);
    }

    // Custom properties go through the same check: var() could otherwise carry a url() in.
    std::optional<std::string> valueProblem(const ComponentValues& values) const
    {
        for (const auto& value : values) {
            if (value.kind == ComponentValue::Kind::Function) {
                if (auto problem = functionProblem(value)) {
                    return problem;
                }
                continue;
            }
            if (value.kind == ComponentValue::Kind::Block) {
                if (!value.isBlock(TokenType::LeftParen)) {
                    return std::string("blocks are not allowed in values");
                }
                if (auto problem = valueProblem(value.children)) {
                    return problem;
                }
                continue;
            }
            switch (value.token.type) {
            case TokenType::Url:
                if (!urlAllowed(value.token.value)) {
                    return std::string("url() may only point at this tenant's uploaded assets");
                }
                break;
            case TokenType::Ident:
            case TokenType::String:
            case TokenType::Number:
            case TokenType::Percentage:
            case TokenType::Dimension:
            case TokenType::Hash:
            case TokenType::Whitespace:
            case TokenType::Comma:
                break;
            case TokenType::Delim:
                if (!(value.isDelim('/') || value.isDelim('+') || value.isDelim('-') || value.isDelim('*'))) {
                    return "'" + shown(value.token.value) + "' is not allowed in values";
                }
                break;
            default:
                return std::string("the value is malformed or uses something that is not allowed");
            }
        }
        return std::nullopt;
    }

    std::optional<std::string> functionProblem(const ComponentValue& function) const
    {
        const auto name = asciiLower(function.token.value);
        if (name == U"url") {
            const auto args = trimmed(function.children);
            if (args.size() != 1 || !args[0].is(TokenType::String) || !urlAllowed(args[0].token.value)) {
                return std::string("url() may only point at this tenant's uploaded assets");
            }
            return std::nullopt;
        }
        if (name == U"var") {
            const auto args = trimmed(function.children);
            if (args.empty() || !args[0].is(TokenType::Ident) || !args[0].token.value.starts_with(U"--")) {
                return std::string("var() must name a custom property");
            }
            return valueProblem(function.children);
        }
        if (name == U"expression") {
            return std::string("expression() runs script in old browsers");
        }
        if (!isAllowedFunction(name)) {
            return "function '" + shown(name) + "()' is not allowed";
        }
        return valueProblem(function.children);
    }

    bool urlAllowed(std::u32string_view url) const { return policy_.allowUrl && policy_.allowUrl(utf8(url)); }

    const CssPolicy& policy_;
    std::vector<CssIssue> dropped_;
};

} // namespace

SanitizedCss sanitizeCss(std::string_view input, const CssPolicy& policy)
{
    if (input.size() > policy.maxInputBytes) {
        throw CssRejected("custom CSS is larger than " + std::to_string(policy.maxInputBytes) + " bytes");
    }
    if (!isValidUtf8(input)) {
        throw CssRejected("custom CSS is not valid UTF-8");
    }
    std::vector<Rule> rules;
    try {
        rules = parseStylesheet(tokenize(input));
    } catch (const CssTooDeep&) {
        throw CssRejected("custom CSS nests blocks or functions too deeply");
    }
    auto result = Sanitizer(policy).run(rules);
    if (result.css.size() > policy.maxOutputBytes) {
        throw CssRejected("custom CSS is too large once normalised");
    }
    if (result.css.find('<') != std::string::npos) {
        // The serializer cannot produce one; refusing here keeps that a guarantee, not a hope.
        throw CssRejected("custom CSS could not be made safe");
    }
    return result;
}

} // namespace aih::branding::css
