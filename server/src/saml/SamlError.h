// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>

namespace aih::saml {

/// A SAML document or configuration that is refused. The message says which check failed, for
/// the log and an admin's connection test; it never carries the person's data.
class SamlError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace aih::saml
