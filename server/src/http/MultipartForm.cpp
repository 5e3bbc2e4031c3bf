// SPDX-License-Identifier: Apache-2.0
#include "http/MultipartForm.h"

#include "errors/ApiError.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/MediaType.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/String.h>
#include <sstream>

namespace aih::http {
namespace {

constexpr int maxFields = 8;
constexpr int maxFieldBytes = 1024;

class SingleFileHandler : public Poco::Net::PartHandler
{
public:
    explicit SingleFileHandler(std::size_t maxBytes) : maxBytes_(maxBytes) {}

    void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override
    {
        if (file_) {
            throw errors::ApiError(errors::ErrorCode::MalformedRequest, "Send one file per upload.");
        }
        UploadedFile file;
        std::string disposition;
        Poco::Net::NameValueCollection parameters;
        Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition,
                                                  parameters);
        file.field = parameters.get("name", "");
        file.fileName = parameters.get("filename", "");
        file.declaredType = header.get("Content-Type", "");
        char buffer[16 * 1024];
        while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
            file.bytes.append(buffer, static_cast<std::size_t>(stream.gcount()));
            if (file.bytes.size() > maxBytes_) {
                throw errors::ApiError(errors::ErrorCode::PayloadTooLarge, "The file exceeds the limit of " +
                                                                               std::to_string(maxBytes_) +
                                                                               " bytes.");
            }
        }
        file_ = std::move(file);
    }

    std::optional<UploadedFile> take() { return std::move(file_); }

private:
    std::size_t maxBytes_;
    std::optional<UploadedFile> file_;
};

bool isMultipart(const std::string& contentType)
{
    try {
        const Poco::Net::MediaType type(contentType);
        return Poco::icompare(type.getType(), "multipart") == 0 &&
               Poco::icompare(type.getSubType(), "form-data") == 0 && type.hasParameter("boundary");
    } catch (const Poco::Exception&) {
        return false;
    }
}

} // namespace

MultipartForm multipartBodyOf(const RequestContext& ctx, std::size_t maxFileBytes)
{
    if (!isMultipart(ctx.request.getContentType())) {
        throw errors::ApiError(errors::ErrorCode::UnsupportedMediaType,
                               "Send the upload as multipart/form-data.");
    }
    Poco::Net::HTMLForm form;
    form.setFieldLimit(maxFields);
    form.setValueLengthLimit(maxFieldBytes);
    SingleFileHandler handler(maxFileBytes);
    std::istringstream body(ctx.body);
    try {
        form.load(ctx.request, body, handler);
    } catch (const Poco::Exception&) {
        throw errors::ApiError(errors::ErrorCode::MalformedRequest,
                               "The multipart body is malformed or has too many fields.");
    }
    MultipartForm result;
    for (const auto& [name, value] : form) {
        result.fields.emplace(name, value);
    }
    result.file = handler.take();
    return result;
}

} // namespace aih::http
