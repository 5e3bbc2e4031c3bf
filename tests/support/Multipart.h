// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <string>

namespace aih::test {

/// A multipart/form-data body built by hand, so tests can send what browsers would and what
/// they never would (forged part types, two files, broken framing).
class Multipart
{
public:
    Multipart& field(const QByteArray& name, const QByteArray& value);
    Multipart& file(const QByteArray& name, const QByteArray& fileName, const QByteArray& type,
                    const QByteArray& bytes);
    QByteArray body() const { return body_ + "--" + boundary + "--\r\n"; }
    std::string contentType() const { return "multipart/form-data; boundary=" + boundary.toStdString(); }

    QByteArray boundary = "aih-test-boundary-7MA4YWxkTrZu0gW";

private:
    QByteArray body_;
};

} // namespace aih::test
