// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"

#include <QUuid>
#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>

namespace aih::test {

std::string testPostgresUrl()
{
    const char* url = std::getenv("AIH_TEST_PG_URL");
    if (!url || !*url) {
        throw std::runtime_error("AIH_TEST_PG_URL is not set: run the tests through scripts/test, "
                                 "or start scripts/test-services and export its env");
    }
    return url;
}

TestDatabase::TestDatabase() : adminUrl_(testPostgresUrl())
{
    name_ = "aih_test_" + QUuid::createUuid().toString(QUuid::Id128).left(16).toStdString();
    pqxx::connection admin(adminUrl_);
    pqxx::nontransaction tx(admin);
    tx.exec("CREATE DATABASE " + name_);
    const auto slash = adminUrl_.rfind('/');
    url_ = adminUrl_.substr(0, slash + 1) + name_;
}

TestDatabase::~TestDatabase()
{
    try {
        pqxx::connection admin(adminUrl_);
        pqxx::nontransaction tx(admin);
        tx.exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {
        // A leftover test database is harmless; the cluster is private to the test run.
    }
}

} // namespace aih::test
