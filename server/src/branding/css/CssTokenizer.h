// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aih::branding::css {

enum class TokenType
{
    Ident,
    Function,
    AtKeyword,
    Hash,
    String,
    BadString,
    Url,
    BadUrl,
    Delim,
    Number,
    Percentage,
    Dimension,
    Whitespace,
    Cdo,
    Cdc,
    Colon,
    Semicolon,
    Comma,
    LeftSquare,
    RightSquare,
    LeftParen,
    RightParen,
    LeftCurly,
    RightCurly,
};

/// One token of CSS Syntax Level 3. Text is held decoded (escapes resolved), as the browser
/// sees it, so allow-lists compare what will actually take effect, never the spelling.
struct Token
{
    TokenType type = TokenType::Delim;
    std::u32string value; ///< ident/function/at-keyword name, hash name, string, url, delim char, unit
    std::string number;   ///< the numeric part as written (digits, sign, dot, exponent only)
    bool hashIsId = false;
    int line = 1;
};

/// Tokenises a stylesheet exactly as CSS Syntax Level 3 §4 says, after its preprocessing
/// (newlines normalised, NUL and surrogates replaced). `text` must be valid UTF-8.
/// Comments are consumed and do not appear in the output.
std::vector<Token> tokenize(std::string_view text);

/// Decodes UTF-8 that the caller has validated; invalid sequences become U+FFFD.
std::u32string decodeUtf8(std::string_view text);

/// ASCII-lowercases; CSS keywords and property names are ASCII case-insensitive.
std::u32string asciiLower(std::u32string_view text);

} // namespace aih::branding::css
