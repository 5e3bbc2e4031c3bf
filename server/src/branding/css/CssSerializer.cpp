// SPDX-License-Identifier: Apache-2.0
#include "branding/css/CssSerializer.h"

#include <cstdio>

namespace aih::branding::css {
namespace {

bool isPlainNameChar(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

void appendEscape(std::string& out, char32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\%x ", static_cast<unsigned>(c));
    out += buffer;
}

std::string serializeName(std::u32string_view name)
{
    std::string out;
    for (const char32_t c : name) {
        if (isPlainNameChar(c)) {
            out.push_back(static_cast<char>(c));
        } else {
            appendEscape(out, c);
        }
    }
    return out;
}

// The first token a component value writes, for the separation rules below.
const Token& firstToken(const ComponentValue& value)
{
    return value.token;
}

bool isDelim(const Token& token, char32_t c)
{
    return token.type == TokenType::Delim && token.value.size() == 1 && token.value[0] == c;
}

bool identLike(TokenType type)
{
    return type == TokenType::Ident || type == TokenType::Function || type == TokenType::Url ||
           type == TokenType::BadUrl;
}

bool numeric(TokenType type)
{
    return type == TokenType::Number || type == TokenType::Percentage || type == TokenType::Dimension;
}

// CSS Syntax §9: pairs of tokens that would merge into different tokens if written side by side.
bool needsSeparator(const Token& a, const Token& b)
{
    // A number written with a leading `+` cannot continue a name or a number before it.
    if (numeric(b.type) && b.number.starts_with('+') && a.type != TokenType::Number) {
        return false;
    }
    const bool bIdentish = identLike(b.type);
    switch (a.type) {
    case TokenType::Ident:
        return bIdentish || isDelim(b, '-') || numeric(b.type) || b.type == TokenType::Cdc ||
               b.type == TokenType::LeftParen;
    case TokenType::AtKeyword:
    case TokenType::Hash:
    case TokenType::Dimension:
        return bIdentish || isDelim(b, '-') || numeric(b.type) || b.type == TokenType::Cdc;
    case TokenType::Number:
        return bIdentish || numeric(b.type) || isDelim(b, '%');
    case TokenType::Delim:
        if (isDelim(a, '#') || isDelim(a, '@')) {
            return bIdentish || isDelim(b, '-') || (isDelim(a, '#') && numeric(b.type));
        }
        if (isDelim(a, '-')) {
            return bIdentish || numeric(b.type);
        }
        if (isDelim(a, '.') || isDelim(a, '+')) {
            return numeric(b.type);
        }
        return isDelim(a, '/') && isDelim(b, '*');
    default:
        return false;
    }
}

std::string serializeUnit(std::u32string_view unit)
{
    // "1" + "e3" would read back as the number 1000: escape a leading e.
    if (!unit.empty() && (unit[0] == 'e' || unit[0] == 'E')) {
        std::string out;
        appendEscape(out, unit[0]);
        return out + serializeName(unit.substr(1));
    }
    return serializeIdent(unit);
}

std::string serializeToken(const Token& token)
{
    switch (token.type) {
    case TokenType::Ident:
        return serializeIdent(token.value);
    case TokenType::Function:
        return serializeIdent(token.value) + "(";
    case TokenType::AtKeyword:
        return "@" + serializeIdent(token.value);
    case TokenType::Hash:
        return "#" + serializeName(token.value);
    case TokenType::String:
        return serializeString(token.value);
    case TokenType::Url:
        return "url(" + serializeString(token.value) + ")";
    case TokenType::Delim: {
        const char32_t c = token.value.empty() ? U'?' : token.value[0];
        if (c < 0x80 && c > 0x20 && c != '<' && c != '\\') {
            return std::string(1, static_cast<char>(c));
        }
        std::string out;
        appendEscape(out, c);
        return out;
    }
    case TokenType::Number:
        return token.number;
    case TokenType::Percentage:
        return token.number + "%";
    case TokenType::Dimension:
        return token.number + serializeUnit(token.value);
    case TokenType::Whitespace:
        return " ";
    case TokenType::Colon:
        return ":";
    case TokenType::Semicolon:
        return ";";
    case TokenType::Comma:
        return ",";
    case TokenType::LeftSquare:
        return "[";
    case TokenType::RightSquare:
        return "]";
    case TokenType::LeftParen:
        return "(";
    case TokenType::RightParen:
        return ")";
    case TokenType::LeftCurly:
        return "{";
    case TokenType::RightCurly:
        return "}";
    case TokenType::BadString:
    case TokenType::BadUrl:
    case TokenType::Cdo:
    case TokenType::Cdc:
        return "";
    }
    return "";
}

std::string closingFor(TokenType opening)
{
    return opening == TokenType::LeftCurly ? "}" : opening == TokenType::LeftSquare ? "]" : ")";
}

} // namespace

std::string serializeIdent(std::u32string_view name)
{
    if (name == U"-") {
        return "\\-";
    }
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char32_t c = name[i];
        const bool digit = c >= '0' && c <= '9';
        if (digit && (i == 0 || (i == 1 && name[0] == '-'))) {
            appendEscape(out, c);
        } else if (isPlainNameChar(c)) {
            out.push_back(static_cast<char>(c));
        } else {
            appendEscape(out, c);
        }
    }
    return out;
}

std::string serializeString(std::u32string_view text)
{
    std::string out = "\"";
    for (const char32_t c : text) {
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
            out.push_back(static_cast<char>(c));
        } else {
            appendEscape(out, c);
        }
    }
    return out + "\"";
}

std::string serializeValues(const ComponentValues& values)
{
    std::string out;
    const Token* previous = nullptr;
    for (const auto& value : values) {
        if (previous && needsSeparator(*previous, firstToken(value))) {
            out += "/**/";
        }
        out += serializeToken(value.token);
        if (value.kind == ComponentValue::Kind::Token) {
            previous = &value.token;
            continue;
        }
        out += serializeValues(value.children);
        out += value.kind == ComponentValue::Kind::Function ? ")" : closingFor(value.token.type);
        previous = nullptr; // a closing bracket never merges with what follows
    }
    return out;
}

} // namespace aih::branding::css
