// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace aih::saml {

/// Initialises Lasso (and through it libxml2 and xmlsec) once per process, with signature
/// checks forced on whatever LASSO_FLAG says, and Lasso's messages sent to the "saml" log at
/// debug level (an attacker's document can make Lasso complain; that is not our error). Call it
/// from the main thread before any request thread starts; later calls do nothing.
void initializeSaml();

} // namespace aih::saml
