// SPDX-License-Identifier: Apache-2.0
#include "branding/images/ImageInspector.h"

#include "branding/images/ByteReader.h"

#include <algorithm>
#include <cctype>

namespace aih::branding::images {
namespace {

// SVG and anything else that is markup: a browser may run script in it, so no sniffing trick
// (BOM, whitespace, an XML prolog, a comment first) gets one through as an image.
bool looksLikeMarkup(std::string_view bytes)
{
    auto head = bytes.substr(0, 1024);
    if (head.starts_with("\xEF\xBB\xBF")) {
        head.remove_prefix(3);
    }
    while (!head.empty() && std::isspace(static_cast<unsigned char>(head.front()))) {
        head.remove_prefix(1);
    }
    return head.starts_with("<");
}

bool mentionsSvg(std::string_view bytes)
{
    std::string head(bytes.substr(0, 4096));
    std::ranges::transform(head, head.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return head.find("<svg") != std::string::npos || head.find("image/svg") != std::string::npos;
}

} // namespace

ImageInfo inspectImage(std::string_view bytes)
{
    if (bytes.starts_with("\x89PNG\r\n\x1a\n")) {
        return inspectPng(bytes);
    }
    if (bytes.starts_with("\xFF\xD8\xFF")) {
        return inspectJpeg(bytes);
    }
    if (bytes.starts_with("RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP") {
        return inspectWebp(bytes);
    }
    if (bytes.starts_with(std::string_view("\0\0\1\0", 4))) {
        return inspectIco(bytes);
    }
    if (looksLikeMarkup(bytes) && mentionsSvg(bytes)) {
        throw ImageRejected(ImageRejected::Reason::Svg,
                            "SVG images are not accepted: they can carry script. Upload a PNG instead.");
    }
    throw ImageRejected(
        ImageRejected::Reason::Unsupported,
        "The file is not a PNG, JPEG, WebP or ICO image (its content decides, not its name).");
}

std::string_view mediaTypeOf(ImageType type)
{
    switch (type) {
    case ImageType::Png:
        return "image/png";
    case ImageType::Jpeg:
        return "image/jpeg";
    case ImageType::Webp:
        return "image/webp";
    case ImageType::Ico:
        return "image/vnd.microsoft.icon";
    }
    return "application/octet-stream";
}

} // namespace aih::branding::images
