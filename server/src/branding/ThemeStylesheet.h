// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "branding/Branding.h"

#include <string>

namespace aih::branding {

/// The portal's whole stylesheet: the tenant's colours as CSS variables, the portal's base
/// styles built on them, then the tenant's sanitised CSS, which may override either.
std::string themeStylesheet(const Branding& branding);

} // namespace aih::branding
