// SPDX-License-Identifier: Apache-2.0
#include "Multipart.h"

namespace aih::test {

Multipart& Multipart::field(const QByteArray& name, const QByteArray& value)
{
    body_ += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value +
             "\r\n";
    return *this;
}

Multipart& Multipart::file(const QByteArray& name, const QByteArray& fileName, const QByteArray& type,
                           const QByteArray& bytes)
{
    body_ += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" +
             fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n" + bytes + "\r\n";
    return *this;
}

} // namespace aih::test
