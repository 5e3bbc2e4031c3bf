// SPDX-License-Identifier: Apache-2.0
#include "util/JsonText.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>
#include <sstream>

namespace aih::util {
namespace {

void appendJson(std::string& out, const Poco::Dynamic::Var& value);

void appendObject(std::string& out, const Poco::JSON::Object& object)
{
    out += '{';
    bool first = true;
    // In the object's own order: insertion order when it preserves it, as Poco writes it.
    for (const auto& name : object.getNames()) {
        out += first ? "" : ",";
        first = false;
        appendJsonString(out, name);
        out += ':';
        appendJson(out, object.get(name));
    }
    out += '}';
}

void appendArray(std::string& out, const Poco::JSON::Array& array)
{
    out += '[';
    for (std::size_t i = 0; i < array.size(); ++i) {
        out += i == 0 ? "" : ",";
        appendJson(out, array.get(static_cast<unsigned int>(i)));
    }
    out += ']';
}

/// What Poco's Stringifier writes with JSON_WRAP_STRINGS, into a string instead of through an
/// ostream one piece at a time, which cost a database-bound list route a tenth of its time.
void appendJson(std::string& out, const Poco::Dynamic::Var& value)
{
    const auto& type = value.type();
    if (type == typeid(Poco::JSON::Object::Ptr)) {
        appendObject(out, *value.extract<Poco::JSON::Object::Ptr>());
    } else if (type == typeid(Poco::JSON::Array::Ptr)) {
        appendArray(out, *value.extract<Poco::JSON::Array::Ptr>());
    } else if (type == typeid(Poco::JSON::Object)) {
        appendObject(out, value.extract<Poco::JSON::Object>());
    } else if (type == typeid(Poco::JSON::Array)) {
        appendArray(out, value.extract<Poco::JSON::Array>());
    } else if (value.isEmpty()) {
        out += "null";
    } else if (type == typeid(std::string)) {
        appendJsonString(out, value.extract<std::string>());
    } else if ((value.isNumeric() || value.isBoolean()) && type != typeid(char)) {
        out += value.convert<std::string>();
    } else {
        // Anything rarer (a char, a date, a struct): Poco's own writer, unchanged.
        std::ostringstream rare;
        Poco::JSON::Stringifier::stringify(value, rare, 0, -1, Poco::JSON_WRAP_STRINGS);
        out += rare.str();
    }
}

} // namespace

std::string toJsonText(const Poco::Dynamic::Var& value)
{
    std::string out;
    out.reserve(256);
    appendJson(out, value);
    return out;
}

void appendJsonString(std::string& out, std::string_view text)
{
    constexpr std::string_view hex = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0; // start of the run of characters that need no escape
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\') {
            continue;
        }
        out.append(text.substr(plain, i - plain));
        plain = i + 1;
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    out.append(text.substr(plain));
    out += '"';
}

} // namespace aih::util
