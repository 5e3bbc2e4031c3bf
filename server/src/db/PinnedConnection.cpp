// SPDX-License-Identifier: Apache-2.0
#include "db/PinnedConnection.h"

#include <pqxx/nontransaction>

namespace aih::db {

std::unique_ptr<pqxx::connection> openPinned(const std::string& url)
{
    auto connection = std::make_unique<pqxx::connection>(url);
    // libpqxx 6 would otherwise reconnect a broken connection on its next use, silently, as a
    // fresh session: without the pool's SET ROLE, or without the listener's LISTEN (and the
    // listener's subscribers would never hear that notifications were missed). Deprecated only
    // because libpqxx 7 dropped reactivation altogether.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    connection->inhibit_reactivation(true);
#pragma GCC diagnostic pop
    pqxx::nontransaction setup(*connection);
    setup.exec(std::string("SET application_name = '") + applicationName + "'");
    return connection;
}

} // namespace aih::db
