// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/Context.h>

namespace aih::crypto {

/// The one TLS client context of the process (Stripe, SMTP): TLS 1.2 or later, the system's CAs,
/// certificate and host name checked strictly, a failure rejected outright, never prompted for.
Poco::Net::Context::Ptr clientTlsContext();

} // namespace aih::crypto
