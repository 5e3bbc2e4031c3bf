// SPDX-License-Identifier: Apache-2.0
#include "saml/SamlLibrary.h"

#include "logging/Logger.h"
#include "saml/Lasso.h"

#include <mutex>
#include <stdexcept>

namespace aih::saml {
namespace {

const logging::Logger samlLibraryLogger("saml");

void forwardLassoMessage(const gchar* /*domain*/, GLogLevelFlags /*level*/, const gchar* message,
                         gpointer /*data*/)
{
    samlLibraryLogger.debug(message != nullptr ? message : "");
}

} // namespace

void initializeSaml()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (lasso_init() != 0) {
            throw std::runtime_error("Lasso (SAML) could not be initialised");
        }
        // LASSO_FLAG=no-verify-signature in the environment would turn signature checks off.
        lasso_set_flag(const_cast<char*>("verify-signature"));
        g_log_set_handler(
            "Lasso", static_cast<GLogLevelFlags>(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
            forwardLassoMessage, nullptr);
    });
}

} // namespace aih::saml
