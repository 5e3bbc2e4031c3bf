// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>
#include <string>

namespace aih::scim {

/// A refusal in SCIM's own error form (RFC 7644 §3.12): the HTTP status, and for 400 and 409 a
/// `scimType` (invalidFilter, invalidSyntax, invalidPath, invalidValue, uniqueness, mutability,
/// tooMany...). Everything the SCIM routes refuse is one of these, never a problem document.
class ScimError : public std::runtime_error
{
public:
    ScimError(int httpStatus, std::string type, const std::string& detail)
        : std::runtime_error(detail), status(httpStatus), scimType(std::move(type))
    {
    }

    int status;
    std::string scimType;
};

} // namespace aih::scim
