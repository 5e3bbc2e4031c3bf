// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimFilter.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace aih::scim {
namespace {

constexpr std::size_t maxLength = 2048;
constexpr int maxDepth = 16;
constexpr int maxComparisons = 64;

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '$';
}

/// A recursive-descent parser over the text; `at_` is the read position.
class Parser
{
public:
    explicit Parser(std::string_view text) : text_(text) {}

    FilterNode parse()
    {
        auto node = orExpression();
        skipSpaces();
        if (at_ != text_.size()) {
            fail("unexpected text");
        }
        return node;
    }

private:
    [[noreturn]] void fail(const std::string& what) const
    {
        throw ScimFilterError(what + " at character " + std::to_string(at_ + 1));
    }

    void skipSpaces()
    {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t')) {
            ++at_;
        }
    }

    /// The next word (letters, digits, `_`, `-`, `$`, and the `:` and `.` of attribute paths),
    /// not consumed.
    std::string_view peekWord()
    {
        skipSpaces();
        auto end = at_;
        while (end < text_.size() && (isNameChar(text_[end]) || text_[end] == ':' || text_[end] == '.')) {
            ++end;
        }
        return text_.substr(at_, end - at_);
    }

    bool takeKeyword(std::string_view keyword)
    {
        const auto word = peekWord();
        if (lower(word) != keyword) {
            return false;
        }
        at_ += word.size();
        return true;
    }

    bool take(char c)
    {
        skipSpaces();
        if (at_ < text_.size() && text_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }

    void enter()
    {
        if (++depth_ > maxDepth) {
            fail("the filter nests more than 16 deep");
        }
    }

    static FilterNode combine(FilterNode::Kind kind, FilterNode left, FilterNode right)
    {
        FilterNode node;
        node.kind = kind;
        node.children.push_back(std::move(left));
        node.children.push_back(std::move(right));
        return node;
    }

    FilterNode orExpression()
    {
        enter();
        auto node = andExpression();
        while (takeKeyword("or")) {
            node = combine(FilterNode::Kind::Or, std::move(node), andExpression());
        }
        --depth_;
        return node;
    }

    FilterNode andExpression()
    {
        auto node = unary();
        while (takeKeyword("and")) {
            node = combine(FilterNode::Kind::And, std::move(node), unary());
        }
        return node;
    }

    FilterNode unary()
    {
        if (takeKeyword("not")) {
            if (!take('(')) {
                fail("'not' must be followed by '('");
            }
            FilterNode node;
            node.kind = FilterNode::Kind::Not;
            node.children.push_back(orExpression());
            if (!take(')')) {
                fail("missing ')'");
            }
            return node;
        }
        if (take('(')) {
            auto node = orExpression();
            if (!take(')')) {
                fail("missing ')'");
            }
            return node;
        }
        return attributeExpression();
    }

    FilterNode attributeExpression()
    {
        FilterNode node;
        const auto path = peekWord();
        if (path.empty()) {
            fail("an attribute name was expected");
        }
        at_ += path.size();
        splitPath(path, node);
        if (take('[')) {
            // A value path: the bracketed filter applies to each value of a multi-valued attribute.
            node.kind = FilterNode::Kind::ValuePath;
            node.children.push_back(orExpression());
            if (!take(']')) {
                fail("missing ']'");
            }
            return node;
        }
        if (++comparisons_ > maxComparisons) {
            fail("the filter has more than 64 comparisons");
        }
        const auto op = lower(peekWord());
        at_ += op.size();
        static constexpr std::pair<std::string_view, FilterOperator> operators[] = {
            {"eq", FilterOperator::Equal},    {"ne", FilterOperator::NotEqual},
            {"co", FilterOperator::Contains}, {"sw", FilterOperator::StartsWith},
            {"ew", FilterOperator::EndsWith}, {"pr", FilterOperator::Present},
            {"gt", FilterOperator::Greater},  {"ge", FilterOperator::GreaterOrEqual},
            {"lt", FilterOperator::Less},     {"le", FilterOperator::LessOrEqual},
        };
        const auto* const found = std::find_if(std::begin(operators), std::end(operators),
                                               [&](const auto& entry) { return entry.first == op; });
        if (found == std::end(operators)) {
            fail("an operator (eq, ne, co, sw, ew, pr, gt, ge, lt, le) was expected");
        }
        node.op = found->second;
        if (node.op != FilterOperator::Present) {
            node.value = value();
        }
        return node;
    }

    /// `name`, `name.sub`, or a schema URN then `:name[.sub]`.
    void splitPath(std::string_view path, FilterNode& node)
    {
        auto attribute = path;
        if (lower(path.substr(0, 4)) == "urn:") {
            const auto colon = path.rfind(':');
            node.schema = lower(path.substr(0, colon));
            attribute = path.substr(colon + 1);
        } else if (path.find(':') != std::string_view::npos) {
            fail("':' belongs only in a schema URN");
        }
        const auto dot = attribute.find('.');
        const auto valid = [](std::string_view name) {
            return !name.empty() && std::isalpha(static_cast<unsigned char>(name.front())) != 0 &&
                   std::all_of(name.begin(), name.end(), isNameChar);
        };
        if (!valid(attribute.substr(0, dot)) ||
            (dot != std::string_view::npos &&
             (!valid(attribute.substr(dot + 1)) || attribute.find('.', dot + 1) != std::string_view::npos))) {
            fail("'" + std::string(path) + "' is not an attribute path");
        }
        node.attribute = lower(attribute);
    }

    FilterValue value()
    {
        skipSpaces();
        if (at_ < text_.size() && text_[at_] == '"') {
            return jsonString();
        }
        const auto word = lower(peekWord());
        if (word == "true" || word == "false" || word == "null") {
            at_ += word.size();
            return word == "null" ? FilterValue(nullptr) : FilterValue(word == "true");
        }
        auto end = at_;
        while (end < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[end])) != 0 ||
                                      std::string_view("+-.eE").find(text_[end]) != std::string_view::npos)) {
            ++end;
        }
        double number = 0;
        const auto [ptr, error] = std::from_chars(text_.data() + at_, text_.data() + end, number);
        if (end == at_ || error != std::errc() || ptr != text_.data() + end || !std::isfinite(number)) {
            fail("a value (a string in quotes, a number, true, false or null) was expected");
        }
        at_ = end;
        return number;
    }

    /// A JSON string (RFC 8259 §7), decoded to UTF-8.
    std::string jsonString()
    {
        ++at_; // the opening quote
        std::string out;
        while (at_ < text_.size()) {
            const char c = text_[at_++];
            if (c == '"') {
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                fail("a control character in a string");
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (at_ >= text_.size()) {
                break;
            }
            const char escaped = text_[at_++];
            switch (escaped) {
            case '"':
            case '\\':
            case '/':
                out += escaped;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u':
                appendUtf8(out, codePoint());
                break;
            default:
                fail("an unknown escape in a string");
            }
        }
        fail("a string is not closed");
    }

    std::uint32_t hex4()
    {
        if (at_ + 4 > text_.size()) {
            fail("a \\u escape needs four hex digits");
        }
        std::uint32_t value = 0;
        const auto [ptr, error] = std::from_chars(text_.data() + at_, text_.data() + at_ + 4, value, 16);
        if (error != std::errc() || ptr != text_.data() + at_ + 4) {
            fail("a \\u escape needs four hex digits");
        }
        at_ += 4;
        return value;
    }

    std::uint32_t codePoint()
    {
        const auto first = hex4();
        if (first >= 0xD800 && first <= 0xDBFF) {
            if (at_ + 2 > text_.size() || text_[at_] != '\\' || text_[at_ + 1] != 'u') {
                fail("a lone surrogate in a string");
            }
            at_ += 2;
            const auto second = hex4();
            if (second < 0xDC00 || second > 0xDFFF) {
                fail("a lone surrogate in a string");
            }
            return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        }
        if ((first >= 0xDC00 && first <= 0xDFFF) || first == 0) {
            // NUL is refused too: no stored text can hold it, so it could only be an attack.
            fail(first == 0 ? "a NUL character in a string" : "a lone surrogate in a string");
        }
        return first;
    }

    static void appendUtf8(std::string& out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    std::string_view text_;
    std::size_t at_ = 0;
    int depth_ = 0;
    int comparisons_ = 0;
};

std::string_view operatorName(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Equal:
        return "eq";
    case FilterOperator::NotEqual:
        return "ne";
    case FilterOperator::Contains:
        return "co";
    case FilterOperator::StartsWith:
        return "sw";
    case FilterOperator::EndsWith:
        return "ew";
    case FilterOperator::Present:
        return "pr";
    case FilterOperator::Greater:
        return "gt";
    case FilterOperator::GreaterOrEqual:
        return "ge";
    case FilterOperator::Less:
        return "lt";
    case FilterOperator::LessOrEqual:
        return "le";
    }
    return "eq";
}

/// The short JSON escape of a control character, or 0 when it has none.
char shortEscapeOf(char c)
{
    switch (c) {
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    default:
        return 0;
    }
}

std::string jsonText(const FilterValue& value)
{
    if (std::holds_alternative<std::nullptr_t>(value)) {
        return "null";
    }
    if (const auto* flag = std::get_if<bool>(&value)) {
        return *flag ? "true" : "false";
    }
    if (const auto* number = std::get_if<double>(&value)) {
        char buffer[32];
        const auto [end, error] = std::to_chars(std::begin(buffer), std::end(buffer), *number);
        return error == std::errc() ? std::string(buffer, end) : "0";
    }
    std::string out = "\"";
    for (const char c : std::get<std::string>(value)) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (const char letter = shortEscapeOf(c)) {
            out += '\\';
            out += letter;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char digits[] = "0123456789abcdef";
            out += "\\u00";
            out += digits[(c >> 4) & 0xF];
            out += digits[c & 0xF];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace

namespace {

/// Parentheses only where the tree needs them (`or` inside `and`, a right-hand operand of its own
/// kind), so writing a filter back never nests it deeper than it was written.
std::string written(const FilterNode& node, const FilterNode* parent, bool rightHand)
{
    const auto path = node.schema.empty() ? node.attribute : node.schema + ":" + node.attribute;
    switch (node.kind) {
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        const bool isAnd = node.kind == FilterNode::Kind::And;
        const auto text = written(node.children.at(0), &node, false) + (isAnd ? " and " : " or ") +
                          written(node.children.at(1), &node, true);
        const bool grouped = parent && ((parent->kind == FilterNode::Kind::And && !isAnd) ||
                                        (parent->kind == node.kind && rightHand));
        return grouped ? "(" + text + ")" : text;
    }
    case FilterNode::Kind::Not:
        return "not (" + written(node.children.at(0), nullptr, false) + ")";
    case FilterNode::Kind::ValuePath:
        return path + "[" + written(node.children.at(0), nullptr, false) + "]";
    case FilterNode::Kind::Comparison:
        break;
    }
    return node.op == FilterOperator::Present
               ? path + " pr"
               : path + " " + std::string(operatorName(node.op)) + " " + jsonText(node.value);
}

} // namespace

std::string toFilterText(const FilterNode& node)
{
    return written(node, nullptr, false);
}

FilterNode parseScimFilter(std::string_view text)
{
    if (text.size() > maxLength) {
        throw ScimFilterError("the filter is over 2,048 characters");
    }
    if (text.find('\0') != std::string_view::npos) {
        throw ScimFilterError("the filter holds a NUL character");
    }
    return Parser(text).parse();
}

} // namespace aih::scim
