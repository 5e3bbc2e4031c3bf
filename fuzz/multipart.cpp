// SPDX-License-Identifier: Apache-2.0
// Fuzz target `multipart`: upload bodies through multipartBodyOf (Poco's HTMLForm with our part
// handler and limits). The input's first line is the Content-Type header, the rest the body.
// Asserts, beyond no crash and no sanitizer report:
//  - nothing but errors::ApiError escapes;
//  - an accepted form keeps its limits: at most 8 fields of at most 1024 bytes each, at most one
//    file, and a file no larger than the limit it was read under.
#include "db/ConnectionPool.h"
#include "db/Database.h"
#include "errors/ApiError.h"
#include "http/MultipartForm.h"
#include "http/RequestContext.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/SocketAddress.h>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

constexpr std::size_t maxFileBytes = 2048;

void fail(const char* what, std::string_view detail)
{
    std::fprintf(stderr, "multipart: %s\n---\n%.*s\n---\n", what, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

/// A POST with the given headers and no connection behind it; the form reads ctx.body.
class BufferedRequest : public Poco::Net::HTTPServerRequest
{
public:
    BufferedRequest() : params_(new Poco::Net::HTTPServerParams) { setMethod(HTTP_POST); }

    std::istream& stream() override { return empty_; }
    const Poco::Net::SocketAddress& clientAddress() const override { return address_; }
    const Poco::Net::SocketAddress& serverAddress() const override { return address_; }
    const Poco::Net::HTTPServerParams& serverParams() const override { return *params_; }
    Poco::Net::HTTPServerResponse& response() const override
    {
        throw std::logic_error("the form reader does not answer");
    }
    bool secure() const override { return true; }

private:
    std::istringstream empty_;
    Poco::Net::SocketAddress address_;
    Poco::Net::HTTPServerParams::Ptr params_;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    if (newline == std::string_view::npos) {
        return 0;
    }
    // A pool that never connects: nothing here asks it for a connection.
    static aih::db::ConnectionPool pool("", 0, std::chrono::milliseconds(0));
    static aih::db::Database database(pool);

    BufferedRequest request;
    request.setContentType(std::string(input.substr(0, newline)));
    aih::http::RequestContext ctx(request, database);
    ctx.body = std::string(input.substr(newline + 1));
    aih::http::MultipartForm form;
    try {
        form = aih::http::multipartBodyOf(ctx, maxFileBytes);
    } catch (const aih::errors::ApiError&) {
        return 0;
    }
    if (form.fields.size() > 8) {
        fail("more than 8 fields were accepted", input);
    }
    for (const auto& [name, value] : form.fields) {
        if (value.size() > 1024) {
            fail("a field longer than 1024 bytes was accepted", input);
        }
    }
    if (form.file && form.file->bytes.size() > maxFileBytes) {
        fail("a file over the limit was accepted", input);
    }
    return 0;
}
