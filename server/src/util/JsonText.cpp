// SPDX-License-Identifier: Apache-2.0
#include "util/JsonText.h"

#include <Poco/JSON/Stringifier.h>
#include <sstream>

namespace aih::util {

std::string toJsonText(const Poco::Dynamic::Var& value)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out, 0, -1, Poco::JSON_WRAP_STRINGS);
    return out.str();
}

} // namespace aih::util
