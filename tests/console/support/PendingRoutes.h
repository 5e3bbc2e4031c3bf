// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"

namespace aih::test {

/// Whether this aihd serves `method path` at all. Unknown routes are answered 404 before any
/// authentication, known ones 401 without credentials, so no account is needed to ask.
inline bool serverHasRoute(const HttpClient& client, const std::string& method, const std::string& path)
{
    const auto response = client.request(method, path, method == "GET" ? QByteArray() : QByteArray("{}"));
    return !(response.status == 404 && response.code() == "not_found");
}

} // namespace aih::test

/// Skips a test whose server endpoint is still being built on another branch; the test runs as
/// soon as the endpoint is there.
#define AIH_REQUIRE_ROUTE(client, method, path)                                                              \
    do {                                                                                                     \
        if (!aih::test::serverHasRoute(client, method, path)) {                                              \
            QSKIP("pending: " method " " path " is not on this server yet");                                 \
        }                                                                                                    \
    } while (false)
