// SPDX-License-Identifier: Apache-2.0
#include "http/ClosingAnswer.h"

#include "http/HttpDate.h"
#include "http/Problem.h"
#include "http/RequestId.h"

#include <Poco/Net/HTTPResponse.h>

namespace aih::http {

std::string closingAnswer(const errors::ApiError& error)
{
    const auto problem = problemResponse(error, requestIdFor(""));
    const auto reason = Poco::Net::HTTPResponse::getReasonForStatus(
        static_cast<Poco::Net::HTTPResponse::HTTPStatus>(problem.status));
    std::string text =
        "HTTP/1.1 " + std::to_string(problem.status) + " " + reason +
        "\r\nContent-Type: " + problem.contentType +
        "\r\nContent-Length: " + std::to_string(problem.body.size()) + "\r\nDate: " + httpDateNow() +
        "\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto& [name, value] : problem.headers) {
        text += name;
        text += ": ";
        text += value;
        text += "\r\n";
    }
    return text + "\r\n" + problem.body;
}

} // namespace aih::http
