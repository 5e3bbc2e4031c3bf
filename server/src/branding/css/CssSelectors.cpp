// SPDX-License-Identifier: Apache-2.0
#include "branding/css/CssSelectors.h"

#include "branding/css/CssAllowList.h"

namespace aih::branding::css {
namespace {

std::string narrow(std::u32string_view text)
{
    std::string out;
    for (const char32_t c : text) {
        out.push_back(c < 0x80 && c >= 0x20 && c != '<' ? static_cast<char>(c) : '?');
    }
    return out;
}

bool isNthArgument(const ComponentValues& args)
{
    for (const auto& arg : args) {
        const bool nthText = (arg.is(TokenType::Ident) || arg.is(TokenType::Dimension)) &&
                             arg.token.value.find_first_not_of(U"nN-0123456789") == std::u32string::npos;
        const bool keyword = arg.is(TokenType::Ident) && (asciiLower(arg.token.value) == U"odd" ||
                                                          asciiLower(arg.token.value) == U"even");
        if (!(nthText || keyword || arg.is(TokenType::Number) || arg.is(TokenType::Whitespace) ||
              arg.isDelim('+') || arg.isDelim('-'))) {
            return false;
        }
    }
    return true;
}

std::optional<std::string> pseudoProblem(const ComponentValues& values, std::size_t& i)
{
    // values[i] is the colon; a second colon makes a pseudo-element.
    const bool element = i + 1 < values.size() && values[i + 1].is(TokenType::Colon);
    i += element ? 2 : 1;
    if (i >= values.size()) {
        return "a selector ends with ':'";
    }
    const auto& pseudo = values[i];
    const auto name = asciiLower(pseudo.token.value);
    if (pseudo.is(TokenType::Ident)) {
        const bool allowed = element ? isAllowedPseudoElement(name) : isAllowedPseudoClass(name);
        return allowed ? std::nullopt
                       : std::optional<std::string>("pseudo-" + std::string(element ? "element" : "class") +
                                                    " '" + narrow(name) + "' is not allowed");
    }
    if (!element && pseudo.kind == ComponentValue::Kind::Function) {
        if (name == U"not" || name == U"is" || name == U"where") {
            return selectorProblem(pseudo.children);
        }
        if (name.starts_with(U"nth-") && isNthArgument(pseudo.children)) {
            return std::nullopt;
        }
    }
    return "pseudo-class '" + narrow(name) + "()' is not allowed";
}

} // namespace

std::optional<std::string> selectorProblem(const ComponentValues& prelude)
{
    bool compoundInGroup = false;
    bool combinatorPending = false;
    for (std::size_t i = 0; i < prelude.size(); ++i) {
        const auto& value = prelude[i];
        if (value.is(TokenType::Whitespace)) {
            continue;
        }
        if (value.is(TokenType::Comma)) {
            if (!compoundInGroup || combinatorPending) {
                return std::string("a selector in the list is empty");
            }
            compoundInGroup = false;
            continue;
        }
        if (value.isDelim('>') || value.isDelim('+') || value.isDelim('~')) {
            if (!compoundInGroup || combinatorPending) {
                return std::string("a combinator has nothing to combine");
            }
            combinatorPending = true;
            continue;
        }
        if (value.isBlock(TokenType::LeftSquare)) {
            return std::string("attribute selectors are not allowed");
        }
        if (value.is(TokenType::Ident)) {
            if (!isAllowedElement(asciiLower(value.token.value))) {
                return "element '" + narrow(value.token.value) + "' is not allowed in selectors";
            }
        } else if (value.isDelim('.')) {
            if (i + 1 >= prelude.size() || !prelude[i + 1].is(TokenType::Ident)) {
                return std::string("'.' must be followed by a class name");
            }
            ++i;
        } else if (value.is(TokenType::Colon)) {
            if (auto problem = pseudoProblem(prelude, i)) {
                return problem;
            }
        } else if (!(value.is(TokenType::Hash) && value.token.hashIsId) && !value.isDelim('*')) {
            return std::string("the selector uses something that is not allowed");
        }
        compoundInGroup = true;
        combinatorPending = false;
    }
    if (!compoundInGroup || combinatorPending) {
        return std::string("the selector is empty or incomplete");
    }
    return std::nullopt;
}

bool isKeyframeSelector(const ComponentValues& prelude)
{
    bool any = false;
    for (const auto& value : prelude) {
        if (value.is(TokenType::Percentage)) {
            any = true;
        } else if (value.is(TokenType::Ident)) {
            const auto name = asciiLower(value.token.value);
            if (name != U"from" && name != U"to") {
                return false;
            }
            any = true;
        } else if (!value.is(TokenType::Whitespace) && !value.is(TokenType::Comma)) {
            return false;
        }
    }
    return any;
}

} // namespace aih::branding::css
