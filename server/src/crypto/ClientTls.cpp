// SPDX-License-Identifier: Apache-2.0
#include "crypto/ClientTls.h"

#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <mutex>

namespace aih::crypto {

Poco::Net::Context::Ptr clientTlsContext()
{
    static std::once_flag once;
    static Poco::Net::Context::Ptr context;
    std::call_once(once, [] {
        Poco::Net::initializeSSL();
        // VERIFY_STRICT also checks the host name for loopback addresses.
        context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "",
                                         Poco::Net::Context::VERIFY_STRICT, 9, true);
        context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
        Poco::Net::SSLManager::instance().initializeClient(
            nullptr, new Poco::Net::RejectCertificateHandler(false), context);
    });
    return context;
}

} // namespace aih::crypto
