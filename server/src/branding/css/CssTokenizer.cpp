// SPDX-License-Identifier: Apache-2.0
#include "branding/css/CssTokenizer.h"

namespace aih::branding::css {
namespace {

constexpr char32_t replacement = 0xFFFD;
constexpr char32_t eof = 0xFFFFFFFF;

bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char32_t c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isIdentStart(char32_t c)
{
    return c != eof && (isLetter(c) || c >= 0x80 || c == '_');
}

bool isIdentChar(char32_t c)
{
    return isIdentStart(c) || isDigit(c) || c == '-';
}

bool isNonPrintable(char32_t c)
{
    return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F;
}

bool isWhitespace(char32_t c)
{
    return c == '\n' || c == '\t' || c == ' ';
}

int hexValue(char32_t c)
{
    if (isDigit(c)) {
        return static_cast<int>(c - '0');
    }
    return static_cast<int>((c | 0x20) - 'a' + 10);
}

// §3.3 preprocessing: CR, FF and CRLF become LF; NUL and surrogates become U+FFFD.
std::u32string preprocess(std::u32string_view input)
{
    std::u32string out;
    out.reserve(input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        const char32_t c = input[i];
        if (c == '\r') {
            out.push_back('\n');
            if (i + 1 < input.size() && input[i + 1] == '\n') {
                ++i;
            }
        } else if (c == '\f') {
            out.push_back('\n');
        } else if (c == 0 || (c >= 0xD800 && c <= 0xDFFF)) {
            out.push_back(replacement);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

class Tokenizer
{
public:
    explicit Tokenizer(std::u32string input) : in_(std::move(input)) {}

    std::vector<Token> run()
    {
        std::vector<Token> tokens;
        while (true) {
            consumeComments();
            if (peek() == eof) {
                return tokens;
            }
            const int line = line_;
            auto token = consumeToken();
            token.line = line;
            tokens.push_back(std::move(token));
        }
    }

private:
    char32_t peek(std::size_t ahead = 0) const { return pos_ + ahead < in_.size() ? in_[pos_ + ahead] : eof; }

    char32_t next()
    {
        const char32_t c = peek();
        if (c != eof) {
            ++pos_;
            if (c == '\n') {
                ++line_;
            }
        }
        return c;
    }

    static Token make(TokenType type, std::u32string value = {})
    {
        Token token;
        token.type = type;
        token.value = std::move(value);
        return token;
    }

    void consumeComments()
    {
        while (peek() == '/' && peek(1) == '*') {
            next();
            next();
            while (peek() != eof && !(peek() == '*' && peek(1) == '/')) {
                next();
            }
            next();
            next();
        }
    }

    static bool validEscape(char32_t first, char32_t second) { return first == '\\' && second != '\n'; }

    bool startsIdent(std::size_t at) const
    {
        const char32_t first = peek(at);
        if (first == '-') {
            return isIdentStart(peek(at + 1)) || peek(at + 1) == '-' ||
                   validEscape(peek(at + 1), peek(at + 2));
        }
        if (isIdentStart(first)) {
            return true;
        }
        return validEscape(first, peek(at + 1));
    }

    bool startsNumber() const
    {
        const char32_t first = peek();
        if (first == '+' || first == '-') {
            return isDigit(peek(1)) || (peek(1) == '.' && isDigit(peek(2)));
        }
        if (first == '.') {
            return isDigit(peek(1));
        }
        return isDigit(first);
    }

    // §4.3.7, with the backslash already consumed.
    char32_t consumeEscape()
    {
        const char32_t c = next();
        if (c == eof) {
            return replacement;
        }
        if (!isHex(c)) {
            return c;
        }
        char32_t value = static_cast<char32_t>(hexValue(c));
        for (int i = 1; i < 6 && isHex(peek()); ++i) {
            value = value * 16 + static_cast<char32_t>(hexValue(next()));
        }
        if (isWhitespace(peek())) {
            next();
        }
        if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
            return replacement;
        }
        return value;
    }

    std::u32string consumeIdentSequence()
    {
        std::u32string out;
        while (true) {
            const char32_t c = peek();
            if (isIdentChar(c)) {
                out.push_back(next());
            } else if (validEscape(c, peek(1))) {
                next();
                out.push_back(consumeEscape());
            } else {
                return out;
            }
        }
    }

    std::string consumeNumber()
    {
        std::string repr;
        const auto take = [&] { repr.push_back(static_cast<char>(next())); };
        if (peek() == '+' || peek() == '-') {
            take();
        }
        while (isDigit(peek())) {
            take();
        }
        if (peek() == '.' && isDigit(peek(1))) {
            take();
            while (isDigit(peek())) {
                take();
            }
        }
        const bool signedExponent = (peek(1) == '+' || peek(1) == '-') && isDigit(peek(2));
        if ((peek() == 'e' || peek() == 'E') && (isDigit(peek(1)) || signedExponent)) {
            take();
            if (signedExponent) {
                take();
            }
            while (isDigit(peek())) {
                take();
            }
        }
        return repr;
    }

    Token consumeNumeric()
    {
        auto number = consumeNumber();
        Token token;
        if (startsIdent(0)) {
            token = make(TokenType::Dimension, consumeIdentSequence());
        } else if (peek() == '%') {
            next();
            token = make(TokenType::Percentage);
        } else {
            token = make(TokenType::Number);
        }
        token.number = std::move(number);
        return token;
    }

    Token consumeString(char32_t ending)
    {
        std::u32string out;
        while (true) {
            const char32_t c = peek();
            if (c == eof) {
                return make(TokenType::String, std::move(out));
            }
            if (c == ending) {
                next();
                return make(TokenType::String, std::move(out));
            }
            if (c == '\n') {
                return make(TokenType::BadString); // the newline is not consumed (§4.3.5)
            }
            next();
            if (c == '\\') {
                if (peek() == eof) {
                    continue;
                }
                if (peek() == '\n') {
                    next();
                    continue;
                }
                out.push_back(consumeEscape());
            } else {
                out.push_back(c);
            }
        }
    }

    void consumeBadUrlRemnants()
    {
        while (true) {
            const char32_t c = next();
            if (c == ')' || c == eof) {
                return;
            }
            if (validEscape(c, peek())) {
                consumeEscape();
            }
        }
    }

    Token consumeUrl()
    {
        std::u32string out;
        while (isWhitespace(peek())) {
            next();
        }
        while (true) {
            const char32_t c = next();
            if (c == ')' || c == eof) {
                return make(TokenType::Url, std::move(out));
            }
            if (isWhitespace(c)) {
                while (isWhitespace(peek())) {
                    next();
                }
                if (peek() == ')' || peek() == eof) {
                    next();
                    return make(TokenType::Url, std::move(out));
                }
                consumeBadUrlRemnants();
                return make(TokenType::BadUrl);
            }
            if (c == '"' || c == '\'' || c == '(' || isNonPrintable(c)) {
                consumeBadUrlRemnants();
                return make(TokenType::BadUrl);
            }
            if (c == '\\') {
                if (validEscape(c, peek())) {
                    out.push_back(consumeEscape());
                } else {
                    consumeBadUrlRemnants();
                    return make(TokenType::BadUrl);
                }
            } else {
                out.push_back(c);
            }
        }
    }

    Token consumeIdentLike()
    {
        auto name = consumeIdentSequence();
        if (asciiLower(name) == U"url" && peek() == '(') {
            next();
            while (isWhitespace(peek()) && isWhitespace(peek(1))) {
                next();
            }
            const char32_t quote = isWhitespace(peek()) ? peek(1) : peek();
            if (quote == '"' || quote == '\'') {
                return make(TokenType::Function, std::move(name));
            }
            return consumeUrl();
        }
        if (peek() == '(') {
            next();
            return make(TokenType::Function, std::move(name));
        }
        return make(TokenType::Ident, std::move(name));
    }

    Token consumeToken()
    {
        const char32_t c = peek();
        if (isWhitespace(c)) {
            while (isWhitespace(peek())) {
                next();
            }
            return make(TokenType::Whitespace);
        }
        if (c == '"' || c == '\'') {
            next();
            return consumeString(c);
        }
        if (c == '#') {
            if (isIdentChar(peek(1)) || validEscape(peek(1), peek(2))) {
                next();
                const bool id = startsIdent(0);
                auto token = make(TokenType::Hash, consumeIdentSequence());
                token.hashIsId = id;
                return token;
            }
            return make(TokenType::Delim, std::u32string(1, next()));
        }
        if (startsNumber()) {
            return consumeNumeric();
        }
        if (c == '-' && peek(1) == '-' && peek(2) == '>') {
            pos_ += 3;
            return make(TokenType::Cdc);
        }
        if (c == '<' && peek(1) == '!' && peek(2) == '-' && peek(3) == '-') {
            pos_ += 4;
            return make(TokenType::Cdo);
        }
        if (startsIdent(0)) {
            return consumeIdentLike();
        }
        if (c == '@' && startsIdent(1)) {
            next();
            return make(TokenType::AtKeyword, consumeIdentSequence());
        }
        next();
        switch (c) {
        case '(':
            return make(TokenType::LeftParen);
        case ')':
            return make(TokenType::RightParen);
        case '[':
            return make(TokenType::LeftSquare);
        case ']':
            return make(TokenType::RightSquare);
        case '{':
            return make(TokenType::LeftCurly);
        case '}':
            return make(TokenType::RightCurly);
        case ',':
            return make(TokenType::Comma);
        case ':':
            return make(TokenType::Colon);
        case ';':
            return make(TokenType::Semicolon);
        default:
            return make(TokenType::Delim, std::u32string(1, c));
        }
    }

    std::u32string in_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

} // namespace

std::u32string decodeUtf8(std::string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int length = lead < 0x80           ? 1
                           : (lead >> 5) == 0x6  ? 2
                           : (lead >> 4) == 0xE  ? 3
                           : (lead >> 3) == 0x1E ? 4
                                                 : 0;
        if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
            out.push_back(replacement);
            ++i;
            continue;
        }
        char32_t value = length == 1 ? lead : lead & (0x7F >> length);
        bool ok = true;
        for (int k = 1; k < length; ++k) {
            const auto byte = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            ok = ok && (byte >> 6) == 0x2;
            value = (value << 6) | (byte & 0x3F);
        }
        out.push_back(ok ? value : replacement);
        i += ok ? static_cast<std::size_t>(length) : 1;
    }
    return out;
}

std::u32string asciiLower(std::u32string_view text)
{
    std::u32string out(text);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = c - 'A' + 'a';
        }
    }
    return out;
}

std::vector<Token> tokenize(std::string_view text)
{
    return Tokenizer(preprocess(decodeUtf8(text))).run();
}

} // namespace aih::branding::css
