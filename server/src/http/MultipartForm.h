// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/RequestContext.h"

#include <map>
#include <optional>
#include <string>

namespace aih::http {

struct UploadedFile
{
    std::string field;
    std::string fileName;
    std::string declaredType; ///< what the client claimed; never trusted for anything
    std::string bytes;
};

struct MultipartForm
{
    std::map<std::string, std::string> fields;
    std::optional<UploadedFile> file;
};

/// Reads a multipart/form-data body that the pipeline has already read (so it is bounded by the
/// body limit): 415 for any other media type, 400 for a malformed body, a second file or more
/// than a few fields, 413 when the file exceeds `maxFileBytes`.
MultipartForm multipartBodyOf(const RequestContext& ctx, std::size_t maxFileBytes);

} // namespace aih::http
