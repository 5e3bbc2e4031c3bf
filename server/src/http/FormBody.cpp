// SPDX-License-Identifier: Apache-2.0
#include "http/FormBody.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/String.h>
#include <algorithm>
#include <sstream>

namespace aih::http {

std::optional<std::map<std::string, std::string>> formFields(const RequestContext& ctx,
                                                             std::initializer_list<std::string_view> allowed,
                                                             std::size_t maxFieldBytes)
{
    const auto type = Poco::toLower(ctx.header("Content-Type"));
    if (!type.starts_with("application/x-www-form-urlencoded")) {
        return std::nullopt;
    }
    Poco::Net::HTMLForm form;
    form.setFieldLimit(static_cast<int>(allowed.size()));
    form.setValueLengthLimit(static_cast<int>(maxFieldBytes));
    try {
        std::istringstream body(ctx.body);
        form.read(body);
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
    std::map<std::string, std::string> fields;
    for (const auto& [name, value] : form) {
        const bool known = std::ranges::find(allowed, std::string_view(name)) != allowed.end();
        if (!known || !fields.emplace(name, value).second) {
            return std::nullopt;
        }
    }
    return fields;
}

} // namespace aih::http
