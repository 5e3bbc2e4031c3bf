// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace aih::test {

/// A database of its own for one test program, created on the test PostgreSQL server
/// (AIH_TEST_PG_URL, started by scripts/test-services) and dropped afterwards.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /// libpq URL of this database, as the owner role.
    const std::string& url() const { return url_; }
    const std::string& name() const { return name_; }

private:
    std::string adminUrl_;
    std::string name_;
    std::string url_;
};

/// The test server's admin URL; aborts the test with a clear message when it is not set.
std::string testPostgresUrl();

} // namespace aih::test
