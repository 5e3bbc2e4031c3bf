// SPDX-License-Identifier: Apache-2.0
// Fuzz target `json`: request bodies through JsonBody::parse, which checks JsonLimits before
// Poco's parser sees the text, then through every typed accessor and finish().
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but errors::ApiError escapes parse, the accessors or finish;
//  - an accepted body holds no NUL character in any key or string, however it was escaped;
//  - an accepted body, re-serialised, is accepted again and re-serialises to the same text;
//  - once every field has been read through some accessor, finish() accepts the body.
#include "errors/ApiError.h"
#include "http/JsonBody.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

using aih::errors::ApiError;
using aih::http::JsonBody;

namespace {

void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "json: %s\n---\n%.*s\n---\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

bool holdsNul(const Poco::Dynamic::Var& value)
{
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        const auto object = value.extract<Poco::JSON::Object::Ptr>();
        for (const auto& [name, member] : *object) {
            if (name.find('\0') != std::string::npos || holdsNul(member)) {
                return true;
            }
        }
        return false;
    }
    if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto array = value.extract<Poco::JSON::Array::Ptr>();
        for (const auto& item : *array) {
            if (holdsNul(item)) {
                return true;
            }
        }
        return false;
    }
    return value.isString() && value.extract<std::string>().find('\0') != std::string::npos;
}

// What JsonBody::parse made of the text, as Poco writes it.
Poco::JSON::Object::Ptr parsedObject(const std::string& text)
{
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string serialised(const Poco::JSON::Object::Ptr& object)
{
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

template <typename Read> void readIgnoringApiErrors(Read&& read)
{
    try {
        read();
    } catch (const ApiError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        (void)JsonBody::parse(text);
    } catch (const ApiError&) {
        return 0;
    }
    const auto object = parsedObject(text);
    if (holdsNul(object)) {
        fail("an accepted body holds a NUL character", text);
    }

    const auto once = serialised(object);
    try {
        (void)JsonBody::parse(once);
    } catch (const ApiError& error) {
        fail(("the re-serialised body is refused: " + std::string(error.what())).c_str(), once);
    }
    const auto twice = serialised(parsedObject(once));
    if (twice != once) {
        fail("re-serialising changed the body", once + "\n--- became ---\n" + twice);
    }

    // Every accessor on every field, in turn; each read marks the field known.
    auto body = JsonBody::parse(text);
    for (const auto& name : object->getNames()) {
        readIgnoringApiErrors([&] { (void)body.optionalString(name); });
        readIgnoringApiErrors([&] { (void)body.requiredString(name, 16); });
        readIgnoringApiErrors([&] { (void)body.optionalBool(name); });
        readIgnoringApiErrors([&] { (void)body.optionalInteger(name); });
        readIgnoringApiErrors([&] { (void)body.optionalStringArray(name); });
        readIgnoringApiErrors([&] {
            // Whatever it accepts lies in the range asked for.
            if (const auto numbers = body.optionalIntegerArray(name, 5, 1, 100)) {
                for (const int number : *numbers) {
                    if (number < 1 || number > 100 || numbers->size() > 5) {
                        fail("optionalIntegerArray accepted a number outside its range", text);
                    }
                }
            }
        });
        readIgnoringApiErrors([&] { (void)body.optionalObject(name); });
    }
    try {
        body.finish();
    } catch (const ApiError&) {
        fail("finish() refused a body whose every field was read", text);
    }
    // And a body nobody read is refused exactly when it has fields.
    const auto unread = JsonBody::parse(text);
    try {
        unread.finish();
        if (object->size() != 0) {
            fail("finish() accepted fields nobody read", text);
        }
    } catch (const ApiError&) {
        if (object->size() == 0) {
            fail("finish() refused an empty object", text);
        }
    }
    return 0;
}
