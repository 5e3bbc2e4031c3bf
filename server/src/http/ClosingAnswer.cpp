// SPDX-License-Identifier: Apache-2.0
#include "http/ClosingAnswer.h"

#include "http/HttpDate.h"
#include "http/Problem.h"
#include "http/RequestId.h"
#include "http/SecurityHeaders.h"

#include <Poco/Net/HTTPResponse.h>

namespace aih::http {

std::string closingAnswer(const errors::ApiError& error)
{
    // No request was routed, so none offered an id: a fresh one, in the body and the header.
    const auto requestId = requestIdFor("");
    const auto problem = problemResponse(error, requestId);
    const auto reason = Poco::Net::HTTPResponse::getReasonForStatus(
        static_cast<Poco::Net::HTTPResponse::HTTPStatus>(problem.status));
    std::string text = "HTTP/1.1 " + std::to_string(problem.status) + " " + reason +
                       "\r\nContent-Type: " + problem.contentType +
                       "\r\nContent-Length: " + std::to_string(problem.body.size()) +
                       "\r\nDate: " + httpDateNow() + "\r\nConnection: close\r\n";
    // The same request id and security headers as every answer the pipeline writes.
    for (const auto& [name, value] : headersFor(problem, requestId)) {
        text += name;
        text += ": ";
        text += value;
        text += "\r\n";
    }
    return text + "\r\n" + problem.body;
}

} // namespace aih::http
